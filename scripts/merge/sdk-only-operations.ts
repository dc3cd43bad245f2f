// The operations the SDK package knows and no document states (IVS's ad configurations, most of
// IVS RealTime). Each is taken as the SDK's model states it, and nothing more: HTTP binding,
// members, types, required flags, the typings' enum values, error lists with statuses. The SDK
// carries no constraints, so these operations have none. Every fact keeps its `sdk` provenance;
// the OpenAPI renderer marks the operation `x-amzn-documented: false`.
//
// Runs after the SDK fill of the documented operations: a structure the documents render is then
// already registered under its SDK name, and an SDK-only operation that returns it uses the
// documents' rendering (the documented operations' facts never change).
import type { ApiModel, TypeRef } from "../model/api-model.ts";

function adoptShapes(model: ApiModel, sdk: ApiModel, type: TypeRef): void {
  if (type.shape && !model.shapes[type.shape]) {
    const shape = sdk.shapes[type.shape];
    if (!shape) throw new Error(`${model.service}: the SDK names shape ${type.shape} but does not define it`);
    model.shapes[type.shape] = structuredClone(shape);
    for (const m of shape.members) adoptShapes(model, sdk, m.type);
  }
  for (const m of type.members ?? []) adoptShapes(model, sdk, m.type);
  for (const sub of [type.items, type.key, type.value]) if (sub) adoptShapes(model, sdk, sub);
}

export function addSdkOnlyOperations(model: ApiModel, sdk: ApiModel): void {
  for (const theirs of Object.values(sdk.operations)) {
    if (model.operations[theirs.name]) continue;
    const op = structuredClone(theirs);
    model.operations[op.name] = op;
    for (const m of [...op.input, ...op.output]) adoptShapes(model, sdk, m.type);
    for (const e of op.errors ?? []) {
      const body = sdk.errors[e.name];
      if (!body) throw new Error(`${model.service} ${op.name}: the SDK lists error ${e.name} but does not define it`);
      if (!e.status && body.status) e.status = body.status;
      if (!model.errors[e.name]) model.errors[e.name] = structuredClone(body);
    }
  }
}
