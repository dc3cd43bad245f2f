// The boto3 changelog page extractor: one page in, the `ivs-realtime` API model and the release's
// change summaries out.
export { extractChangelog } from "./extract-changelog.ts";
