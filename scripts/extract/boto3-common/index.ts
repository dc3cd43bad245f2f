// What the boto3 reference and changelog extractors share: the syntax reader, the member listing
// reader, boto3 type names and method names.
export { Cursor } from "./cursor.ts";
export { ExtractionError, findLine, isBlank, nextNonBlank, source, toLines, type Line } from "./lines.ts";
export { entryText, readMembers, readResponseStructure, type ListingOptions } from "./listing.ts";
export { operationName, snakeToPascal } from "./operation-name.ts";
export { parseCall, parseLiteral, type Call, type CallArgument, type DictEntry, type Literal, type Position } from "./python-literal.ts";
export { enumValues, toSyntaxMembers, toSyntaxNode, type SyntaxMember, type SyntaxNode } from "./syntax-tree.ts";
export { BOTO3_TYPES, isBoto3Scalar, isBoto3Type, scalarKind, type Boto3ScalarType, type Boto3Type } from "./type-names.ts";
