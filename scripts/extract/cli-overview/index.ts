// The CLI service overview extractor: one document in, the `ivs` groups, one-line operation
// descriptions and taggable resources out.
export { extractCliOverview } from "./extract-cli-overview.ts";
