// The boto3 client reference extractor: one document in, the `ivs` API model out.
export { extractBoto3Reference } from "./extract-boto3-reference.ts";
