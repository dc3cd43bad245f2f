// Every check, in the order of the report's columns. Each is defined in its own file
// (define-check.ts); the matrix, the test titles, the report and the docs derive from this list.
import { acceptsValidInput } from "./accepts-valid-input.ts";
import { batchAccountsForEveryId } from "./batch-accounts-for-every-id.ts";
import { conflictReported } from "./conflict-reported.ts";
import { contentType } from "./content-type.ts";
import type { CheckDefinition, PropertyKind } from "./define-check.ts";
import { errorBodyShape } from "./error-body-shape.ts";
import { errorTypeDocumented } from "./error-type-documented.ts";
import { filterRespected } from "./filter-respected.ts";
import { invalidTokenRejected } from "./invalid-token-rejected.ts";
import { lifecycleConsistent } from "./lifecycle-consistent.ts";
import { missingResourceNotFound } from "./missing-resource-not-found.ts";
import { notAServerError } from "./not-a-server-error.ts";
import { offlineChannelNotBroadcasting } from "./offline-channel-not-broadcasting.ts";
import { pageSizeRespected } from "./page-size-respected.ts";
import { paginationComplete } from "./pagination-complete.ts";
import { paginationNoDuplicates } from "./pagination-no-duplicates.ts";
import { rejectsInvalidInput } from "./rejects-invalid-input.ts";
import { rejectsWrongBodyShape } from "./rejects-wrong-body-shape.ts";
import { responseSchema } from "./response-schema.ts";
import { statusDocumented } from "./status-documented.ts";
import { useAfterDelete } from "./use-after-delete.ts";

export const CHECKS = [
  statusDocumented,
  notAServerError,
  errorTypeDocumented,
  errorBodyShape,
  responseSchema,
  contentType,
  rejectsInvalidInput,
  acceptsValidInput,
  paginationComplete,
  paginationNoDuplicates,
  pageSizeRespected,
  invalidTokenRejected,
  useAfterDelete,
  lifecycleConsistent,
  missingResourceNotFound,
  conflictReported,
  offlineChannelNotBroadcasting,
  rejectsWrongBodyShape,
  filterRespected,
  batchAccountsForEveryId,
] as const satisfies readonly CheckDefinition[];

export type Check = (typeof CHECKS)[number];
export type CheckName = Check["name"];
export const CHECK_NAMES: readonly CheckName[] = CHECKS.map((c) => c.name);

/** The checks one kind of property exercises. */
export function checksOf<P extends PropertyKind>(property: P): CheckDefinition<P>[] {
  return CHECKS.filter((c): c is Check & CheckDefinition<P> => c.property === property) as CheckDefinition<P>[];
}
