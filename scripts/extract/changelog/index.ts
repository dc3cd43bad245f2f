// The boto3 changelog page extractor: one page in, the `ivs-realtime` API model and the release's
// change summaries out.
export {
  type ChangedMember,
  type ChangelogExtraction,
  type ChangeSummary,
  extractChangelog,
  type Release,
} from "./extract-changelog.ts";
