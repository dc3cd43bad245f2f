// Per-operation error lists, read from the command typings' `@throws {@link X}` lines.
//
// The schemas register errors per service, not per operation; the generated command docs are where
// the SDK records which errors each operation declares. The service's base exception
// (e.g. IVSRealTimeServiceException) is a catch-all class, not a modeled error, so it is skipped.
import { type LoadedSdk, readPackageFile } from "./sdk-package.ts";

const THROWS = /@throws \{@link (\w+)\}/g;

export function operationErrors(sdk: LoadedSdk, operation: string): string[] {
  const file = `dist-types/commands/${operation}Command.d.ts`;
  let text: string;
  try {
    text = readPackageFile(sdk, file);
  } catch {
    throw new Error(`${sdk.name}@${sdk.version}: no typings for operation ${operation} (expected ${file})`);
  }
  const names = [...text.matchAll(THROWS)].map((m) => m[1]!);
  return names.filter((n) => !n.endsWith("ServiceException"));
}
