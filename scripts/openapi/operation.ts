// One API model operation -> an OpenAPI Operation Object and the component schemas it names.
//
// Conventions other tools rely on: operationId is the AWS operation name; body members go in an
// `application/json` request body schema (`<Op>Request`); path and query members are parameters;
// the documented success status is the only 2xx; each documented error status has a response whose
// schema references the error's component; `x-amzn-errors` and `x-amzn-pagination` carry the rest.
import { type ApiModel, type ErrorRef, isSdkOnly, type Member, type Operation } from "../model/api-model.ts";
import { componentRef, memberSchema, structureSchema } from "./schema.ts";
import { type JsonObject, renderSource } from "./source.ts";

const JSON_TYPE = "application/json";

const bodyMembers = (members: Member[]) => members.filter((m) => !m.location || m.location.value.in === "body");

// A `required` flag no document or SDK package states is omitted (OpenAPI's default, false), never
// written as `false`: the spec says only what a source says.
const requiredFlag = (member: Member) => (member.required ? { required: member.required.value } : {});

function parameter(member: Member): JsonObject {
  const where = member.location!.value;
  const schema = memberSchema(member);
  const description = schema.description;
  delete schema.description;
  return {
    name: where.name,
    in: where.in,
    // Path parameters are always required in OpenAPI; others as stated.
    ...(where.in === "path" ? { required: true } : requiredFlag(member)),
    ...(description ? { description } : {}),
    schema,
    ...(where.in === "query" && member.type.kind === "list" ? { style: "form", explode: true } : {}),
  };
}

function errorResponses(model: ApiModel, op: Operation, errors: ErrorRef[]): JsonObject {
  const byStatus = new Map<number, string[]>();
  for (const e of errors) {
    if (!e.status) throw new Error(`${model.service} ${op.name}: error ${e.name} has no documented status`);
    byStatus.set(e.status.value, [...(byStatus.get(e.status.value) ?? []), e.name]);
  }
  const responses: JsonObject = {};
  for (const [status, names] of [...byStatus].sort(([a], [b]) => a - b)) {
    const refs = names.map((n) => ({ $ref: componentRef(n) }));
    responses[String(status)] = {
      description: names.join(" | "),
      headers: {
        "x-amzn-ErrorType": {
          description: "The error name, possibly followed by `:` and more.",
          schema: { type: "string" },
        },
      },
      // Several errors can share a status and a body shape: anyOf, since oneOf would reject a body
      // that matches two of them.
      content: { [JSON_TYPE]: { schema: refs.length === 1 ? refs[0] : { anyOf: refs } } },
    };
  }
  return responses;
}

interface RenderedOperation {
  method: string;
  path: string;
  operation: JsonObject;
  components: Record<string, JsonObject>;
}

export function renderOperation(model: ApiModel, op: Operation, group: string | undefined): RenderedOperation {
  if (!op.http) throw new Error(`${model.service} ${op.name}: no HTTP binding in the documents or the SDK`);
  const { method, path, status } = op.http.value;
  const components: Record<string, JsonObject> = {};
  const operation: JsonObject = { operationId: op.name };
  if (group) operation.tags = [group];
  if (op.documentation) operation.description = op.documentation.value;
  operation["x-amzn-source"] = renderSource(op.source);
  operation["x-amzn-binding-source"] = renderSource(op.http.source);
  // Every fact of an operation no document states comes from the SDK's model.
  if (isSdkOnly(op)) operation["x-amzn-documented"] = false;

  const params = op.input.filter((m) => m.location && m.location.value.in !== "body");
  if (params.length) operation.parameters = params.map(parameter);
  const body = bodyMembers(op.input);
  if (body.length) {
    components[`${op.name}Request`] = structureSchema(body);
    operation.requestBody = {
      required: body.some((m) => m.required?.value === true),
      content: { [JSON_TYPE]: { schema: { $ref: componentRef(`${op.name}Request`) } } },
    };
  }

  const success: JsonObject = { description: `${op.name} succeeded` };
  const headers = op.output.filter((m) => m.location?.value.in === "header");
  if (headers.length) {
    success.headers = Object.fromEntries(
      headers.map((m) => [m.location!.value.name, { ...requiredFlag(m), schema: memberSchema(m) }]),
    );
  }
  const outBody = bodyMembers(op.output);
  if (status !== 204) {
    components[`${op.name}Response`] = structureSchema(outBody);
    success.content = { [JSON_TYPE]: { schema: { $ref: componentRef(`${op.name}Response`) } } };
  } else if (outBody.length) {
    throw new Error(
      `${model.service} ${op.name}: documented 204 (empty body) ` +
        `but has body members ${outBody.map((m) => m.name).join(", ")}`,
    );
  }
  // An error list no document and no SDK package states cannot be rendered as `[]`: that would
  // say the operation declares none. The SDK fill gives every operation the SDK knows a list, so
  // this only fails for a model that skipped it.
  const errors = op.errors;
  if (!errors) throw new Error(`${model.service} ${op.name}: no error list in the documents or the SDK`);
  operation.responses = { [String(status)]: success, ...errorResponses(model, op, errors) };
  operation["x-amzn-errors"] = errors.map((e) => ({ name: e.name, status: e.status!.value }));
  if (op.pagination) operation["x-amzn-pagination"] = op.pagination.value;
  return { method: method.toLowerCase(), path, operation, components };
}
