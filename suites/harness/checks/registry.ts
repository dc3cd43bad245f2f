// Every check, by its stable name, with the sentence that says when it fails. The same names are
// the test titles' second half, the report's columns, and DESIGN.md's table; the three
// error-status checks at the end carry the error-status properties, which that table
// has no name for.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { acceptsValidInput } from "./accepts-valid-input.ts";
import { contentType } from "./content-type.ts";
import type { ExchangeContext } from "./context.ts";
import { errorBodyShape } from "./error-body-shape.ts";
import { errorTypeDocumented } from "./error-type-documented.ts";
import { notAServerError } from "./not-a-server-error.ts";
import { rejectsInvalidInput } from "./rejects-invalid-input.ts";
import { responseSchema } from "./response-schema.ts";
import { statusDocumented } from "./status-documented.ts";

export const CHECK_NAMES = [
  "status_documented",
  "not_a_server_error",
  "error_type_documented",
  "error_body_shape",
  "response_schema",
  "content_type",
  "rejects_invalid_input",
  "accepts_valid_input",
  "pagination_complete",
  "pagination_no_duplicates",
  "page_size_respected",
  "invalid_token_rejected",
  "use_after_delete",
  "lifecycle_consistent",
  "missing_resource_not_found",
  "conflict_reported",
  "offline_channel_not_broadcasting",
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export interface CheckDefinition {
  name: CheckName;
  failsWhen: string;
  /** Which suite exercises it; the report groups by this. */
  suite: "responses" | "constraints" | "pagination" | "lifecycle" | "errors";
  /** Whether the check has anything to look at for this operation, from the spec alone. */
  appliesTo(op: OperationSpec): boolean;
}

const always = () => true;
const paginated = (op: OperationSpec) => op.pagination !== undefined;
const documents = (name: string) => (op: OperationSpec) => op.errors.some((e) => e.name === name);

export const CHECKS: Record<CheckName, CheckDefinition> = {
  status_documented: {
    name: "status_documented",
    suite: "responses",
    appliesTo: always,
    failsWhen: "the status is neither the documented success status nor a documented error's status",
  },
  not_a_server_error: {
    name: "not_a_server_error",
    suite: "responses",
    appliesTo: always,
    failsWhen: "a 5xx (or no answer) answers a request the spec allows, or any invalid one",
  },
  error_type_documented: {
    name: "error_type_documented",
    suite: "responses",
    appliesTo: always,
    failsWhen:
      "the error name (resolved as the SDK does) is not documented for the operation, or its status differs from the documented one",
  },
  error_body_shape: {
    name: "error_body_shape",
    suite: "responses",
    appliesTo: always,
    failsWhen: "an error body is not JSON with the error's members",
  },
  response_schema: {
    name: "response_schema",
    suite: "responses",
    appliesTo: always,
    failsWhen:
      "a 2xx body does not validate against the documented schema (ajv), or a documented empty body is not empty",
  },
  content_type: {
    name: "content_type",
    suite: "responses",
    appliesTo: always,
    failsWhen: "a body is not application/json",
  },
  rejects_invalid_input: {
    name: "rejects_invalid_input",
    suite: "constraints",
    appliesTo: always,
    failsWhen: "a request with exactly one constraint violated is not answered 400 ValidationException",
  },
  accepts_valid_input: {
    name: "accepts_valid_input",
    suite: "constraints",
    appliesTo: always,
    failsWhen: "a valid request (boundary values included) is answered ValidationException",
  },
  pagination_complete: {
    name: "pagination_complete",
    suite: "pagination",
    appliesTo: paginated,
    failsWhen: "walking all pages does not return every item that exists, or never reaches a last page",
  },
  pagination_no_duplicates: {
    name: "pagination_no_duplicates",
    suite: "pagination",
    appliesTo: paginated,
    failsWhen: "an item appears twice across the pages of one walk",
  },
  page_size_respected: {
    name: "page_size_respected",
    suite: "pagination",
    appliesTo: paginated,
    failsWhen: "a page holds more items than maxResults",
  },
  invalid_token_rejected: {
    name: "invalid_token_rejected",
    suite: "pagination",
    appliesTo: paginated,
    failsWhen: "a garbage nextToken is not answered 400",
  },
  use_after_delete: {
    name: "use_after_delete",
    suite: "lifecycle",
    appliesTo: always,
    failsWhen: "a deleted resource can still be read, updated or listed",
  },
  lifecycle_consistent: {
    name: "lifecycle_consistent",
    suite: "lifecycle",
    appliesTo: always,
    failsWhen: "what get/list return disagrees with what was created or updated",
  },
  missing_resource_not_found: {
    name: "missing_resource_not_found",
    suite: "errors",
    appliesTo: documents("ResourceNotFoundException"),
    failsWhen: "a pattern-valid ARN of a resource that does not exist is not answered 404 ResourceNotFoundException",
  },
  conflict_reported: {
    name: "conflict_reported",
    suite: "errors",
    appliesTo: documents("ConflictException"),
    failsWhen:
      "a documented conflict (deleting a resource another one uses, importing the same key twice) is not answered 409 ConflictException",
  },
  offline_channel_not_broadcasting: {
    name: "offline_channel_not_broadcasting",
    suite: "errors",
    appliesTo: documents("ChannelNotBroadcasting"),
    failsWhen: "a stream operation on an offline channel is not answered 404 ChannelNotBroadcasting",
  },
};

/** The checks every exchange of the constraint properties is held to, besides the property's own. */
export const EXCHANGE_CHECKS: Partial<Record<CheckName, (ctx: ExchangeContext) => void>> = {
  status_documented: statusDocumented,
  not_a_server_error: notAServerError,
  error_type_documented: errorTypeDocumented,
  error_body_shape: errorBodyShape,
  response_schema: responseSchema,
  content_type: contentType,
  accepts_valid_input: acceptsValidInput,
  rejects_invalid_input: rejectsInvalidInput,
};
