// What the boto3 reference and changelog extractors share: the syntax reader, the member listing
// reader, boto3 type names and method names.
export { Cursor } from "./cursor.ts";
export { ExtractionError, findLine, isBlank, type Line, nextNonBlank, source, toLines } from "./lines.ts";
export { entryText, type ListingOptions, readMembers, readResponseStructure } from "./listing.ts";
export { operationName, snakeToPascal } from "./operation-name.ts";
export {
  type Call,
  type CallArgument,
  type DictEntry,
  type Literal,
  type Position,
  parseCall,
  parseLiteral,
} from "./python-literal.ts";
export { enumValues, type SyntaxMember, type SyntaxNode, toSyntaxMembers, toSyntaxNode } from "./syntax-tree.ts";
export {
  BOTO3_TYPES,
  type Boto3ScalarType,
  type Boto3Type,
  isBoto3Scalar,
  isBoto3Type,
  scalarKind,
} from "./type-names.ts";
