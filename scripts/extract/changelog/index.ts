// The boto3 changelog page extractor: one page in, the `ivs-realtime` API model and the release's
// change summaries out.
export { extractChangelog, type ChangelogExtraction, type ChangedMember, type ChangeSummary, type Release } from "./extract-changelog.ts";
