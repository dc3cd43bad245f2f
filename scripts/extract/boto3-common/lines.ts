// boto3-style parsers read the same numbered lines as every extractor.
export * from "../text/lines.ts";
