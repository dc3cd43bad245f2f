// Values whose validity the documentation states in words a schema cannot carry, generated so
// that a conforming target accepts them:
// - ImportPlaybackKeyPair.publicKeyMaterial is "the public portion of a customer-generated key
//   pair": a random string is not one, so a real ECDSA P-384 public key (PEM) is generated.
// - "At most 50 tags can be applied to a resource" (the service overview): TagResource's keys come
//   from one fixed set of 50 valid keys, so that repeated tagging of a resource never passes 50.
// - An idempotency token (StartComposition.idempotencyToken) names one request: a retry with the
//   same token gets the first request's resource, so each generated request gets a fresh one.
// - An S3 bucket name (CreateStorageConfiguration.s3.bucketName) follows S3's naming rules, which
//   the SDK's model does not carry: lower-case letters and digits, 3 to 63 characters.
import { generateKeyPairSync } from "node:crypto";
import fc from "fast-check";
import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import { valueArbitrary } from "./arbitraries/schema-arbitrary.ts";
import { MAP_KEY, type ValuePath } from "./arbitraries/value-path.ts";

const keys = new Map<number, string>();
/** Key generation is slow; the same index gives the same key within a process. */
function publicKeyPem(index: number): string {
  let pem = keys.get(index);
  if (!pem) {
    pem = generateKeyPairSync("ec", { namedCurve: "secp384r1" })
      .publicKey.export({ format: "pem", type: "spki" })
      .toString();
    keys.set(index, pem);
  }
  return pem;
}

const tagKeySets = new Map<string, string[]>();
function fiftyTagKeys(schema: JsonSchema): string[] {
  const id = JSON.stringify(schema);
  let set = tagKeySets.get(id);
  if (!set) {
    set = [...new Set(fc.sample(valueArbitrary(schema) as fc.Arbitrary<string>, { seed: 7, numRuns: 200 }))].slice(
      0,
      50,
    );
    tagKeySets.set(id, set);
  }
  return set;
}

export function semanticOverride(
  op: OperationSpec,
  path: ValuePath,
  schema: JsonSchema,
): fc.Arbitrary<unknown> | undefined {
  const last = path.at(-1);
  if (last === "publicKeyMaterial" && schema.type === "string")
    return fc.noBias(fc.integer({ min: 0, max: 1_000_000_000 })).map(publicKeyPem);
  if (op.name === "TagResource" && last === MAP_KEY && path.length === 2 && path[0] === "tags")
    return fc.constantFrom(...fiftyTagKeys(schema));
  if (last === "idempotencyToken" && schema.type === "string" && !schema.pattern) return fc.uuid();
  if (last === "bucketName" && schema.type === "string" && !schema.pattern)
    return fc.stringMatching(/^[a-z0-9]{3,63}$/).map((name) => `conformance${name}`.slice(0, 63));
  return undefined;
}
