// The generated types (generated/*.ts, openapi-typescript) by service and operation name: an
// operation's input as one object (body, path, query and header members side by side, as the
// emulator's handlers receive it and the harness builds it) and its success body. Code that names a
// member uses these, so that a member renamed or retyped in a spec fails `tsc`, not a run.
import type * as Ivs from "../../generated/ivs.ts";
import type * as RealTime from "../../generated/ivs-realtime.ts";
import type { ServiceName } from "./service-name.ts";

export interface GeneratedOperations {
  ivs: Ivs.operations;
  "ivs-realtime": RealTime.operations;
}

export type OperationName<S extends ServiceName> = keyof GeneratedOperations[S] & string;

/** What openapi-typescript writes for one operation. */
export interface GeneratedOperation {
  parameters: { path?: unknown; query?: unknown; header?: unknown };
  requestBody?: unknown;
  responses: unknown;
}

type None = Record<never, never>;
/** The members of an optional group (`path?: never` when there are none). */
type Members<T> = [Exclude<T, undefined>] extends [never] ? None : Exclude<T, undefined>;
type JsonContent<T> = T extends { content: { "application/json": infer B } } ? B : never;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206;
type Success<R> = R[Extract<keyof R, SuccessStatus>];

/** One operation's input: its body members and its path, query and header members side by side. */
export type InputOf<O extends GeneratedOperation> = Members<JsonContent<Exclude<O["requestBody"], undefined>>> &
  Members<O["parameters"]["path"]> &
  Members<O["parameters"]["query"]> &
  Members<O["parameters"]["header"]>;

/** One operation's documented success body; undefined where it has no content (204). */
export type OutputOf<O extends GeneratedOperation> =
  Success<O["responses"]> extends { content: { "application/json": infer B } } ? B : undefined;

type Operation<S extends ServiceName, N extends OperationName<S>> = GeneratedOperations[S][N] extends GeneratedOperation
  ? GeneratedOperations[S][N]
  : never;

export type OperationInput<S extends ServiceName, N extends OperationName<S>> = InputOf<Operation<S, N>>;
