// rejects_wrong_body_shape: a request whose body, or one object nested in it (a structure or a
// map, at any depth), is another JSON type than an object (mutations/body-shapes.ts) is answered
// with a 4xx status the operation documents. A 2xx accepts it, a 5xx crashes on it, any other
// status (3xx, an undocumented 4xx such as 415 or 422) is no documented answer: all three fail.
//
// What it does not demand, because the readings of the documents disagree there:
// - The error name. Each operation lists 400 ValidationException ("the input fails to satisfy the
//   constraints"); the API reference's Common Errors page lists 400 ValidationError; restJson1
//   (Smithy's malformed-request protocol tests, RestJsonTechnicallyValidJsonBody and the like)
//   answers a body that cannot map to the input structure with 400 SerializationException, which
//   no IVS document names and no SDK error class models (the SDK reads it as a generic service
//   exception). All three say 400; none of the names is agreed on.
// - So status_documented, error_type_documented, error_body_shape and content_type do not judge
//   these exchanges (their `cases` leave wrong_body_shape out): error_type_documented would fail
//   the protocol's own 400 SerializationException. A 5xx is judged twice: here and by
//   not_a_server_error, whose `cases` include wrong_body_shape.
// - Exactly 400. Any 4xx the operation documents passes: 403 AccessDeniedException (authorization
//   before the body is read) or 429 ThrottlingException may answer any request.
import { describeBodyShape } from "../mutations/body-shapes.ts";
import { redactText, redactValue } from "../redact.ts";
import { defineCheck } from "./define-check.ts";

/** A value as the failure prints it: secrets redacted (inside JSON text too), long ones clipped. */
function shown(value: unknown): string {
  const text = JSON.stringify(typeof value === "string" ? redactText(value) : redactValue(value));
  return text.length > 300 ? `${text.slice(0, 300)}... (${text.length} characters)` : text;
}

const documented4xx = (op: { errors: readonly { name: string; status: number }[] }) =>
  op.errors.filter((e) => e.status >= 400 && e.status < 500);

export const rejectsWrongBodyShape = defineCheck({
  name: "rejects_wrong_body_shape",
  family: "constraints",
  property: "exchanges",
  cases: ["wrong_body_shape"],
  failsWhen:
    "a body, or one object nested in it, sent as an array, string, number, boolean or null " +
    "is not answered with a 4xx the operation documents",
  notApplicable(op) {
    if (!op.input.some((m) => m.in === "body")) return `${op.name} has no JSON body`;
    if (documented4xx(op).length === 0) return `${op.name} documents no 4xx error`;
    return undefined;
  },
  judge({ op, exchange, bodyShape }, fail) {
    const r = exchange.response;
    if (!r || !bodyShape) return;
    const allowed = documented4xx(op);
    if (allowed.some((e) => e.status === r.status)) return;
    const how =
      r.status < 300
        ? `accepted (${r.status})`
        : r.status >= 500
          ? `answered with a server error (${r.status})`
          : `answered ${r.status}, a status ${op.name} documents for no error`;
    const what = describeBodyShape(bodyShape);
    const where = bodyShape.pointer || "(the body)";
    fail({
      op,
      exchange,
      title: `${what[0]!.toUpperCase()}${what.slice(1)} was ${how}.`,
      documented:
        `a 4xx documented for ${op.name} (${allowed.map((e) => `${e.status} ${e.name}`).join(", ")}; ` +
        "any error name: the documents disagree on it)",
      context: `body shape: ${where} ${shown(bodyShape.original)} -> ${shown(bodyShape.replacement)}`,
    });
  },
});
