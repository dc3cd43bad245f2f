// boto3's type names, as its documentation prints them (`arn (string) --`), and the model Kind
// each one stands for. `dict` is a structure or a map: only the request/response syntax can tell
// (a map is written `{'string': 'string'}`), so it has no entry here.

import type { Kind } from "../../model/api-model.ts";

const SCALARS = {
  string: "string",
  integer: "integer",
  long: "long",
  float: "float",
  double: "double",
  boolean: "boolean",
  datetime: "timestamp",
  bytes: "blob",
} as const satisfies Record<string, Kind>;

type Boto3ScalarType = keyof typeof SCALARS;
export type Boto3Type = Boto3ScalarType | "dict" | "list";

const BOTO3_TYPES: readonly Boto3Type[] = [...(Object.keys(SCALARS) as Boto3ScalarType[]), "dict", "list"];

export function isBoto3Type(name: string): name is Boto3Type {
  return (BOTO3_TYPES as readonly string[]).includes(name);
}

export function isBoto3Scalar(name: string): name is Boto3ScalarType {
  return Object.hasOwn(SCALARS, name);
}

/** The model Kind of a boto3 scalar type name (`datetime` -> `timestamp`). */
export function scalarKind(name: Boto3ScalarType): Kind {
  return SCALARS[name];
}
