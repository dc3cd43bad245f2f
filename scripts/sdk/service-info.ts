// Service identity facts the SDK package states: serviceId, apiVersion, signing name, endpoint prefix.
import type { Fact, ServiceInfo } from "../model/api-model.ts";
import { type LoadedSdk, readPackageFile } from "./sdk-package.ts";

function find(sdk: LoadedSdk, file: string, pattern: RegExp, what: string): Fact<string> {
  const text = readPackageFile(sdk, file);
  const m = pattern.exec(text);
  if (!m?.[1]) throw new Error(`${sdk.name}@${sdk.version}: ${what} not found in ${file} (looked for ${pattern})`);
  return { value: m[1], source: { doc: "sdk", ref: `${sdk.name}@${sdk.version}/${file}` } };
}

export function sdkServiceInfo(sdk: LoadedSdk): ServiceInfo {
  return {
    serviceId: find(sdk, "dist-es/runtimeConfig.shared.js", /serviceId \?\? "([^"]+)"/, "serviceId"),
    apiVersion: find(sdk, "dist-es/runtimeConfig.shared.js", /apiVersion: "([^"]+)"/, "apiVersion"),
    signingName: find(sdk, "dist-es/auth/httpAuthSchemeProvider.js", /name: "([^"]+)"/, "signing name"),
    // The endpoint rules build `<prefix>.{Region}.{PartitionResult#dnsSuffix}`, and the FIPS
    // variant `<prefix>-fips...`: the prefix is the one without that suffix.
    endpointPrefix: find(
      sdk,
      "dist-es/endpoint/bdd.js",
      /"https:\/\/((?:(?!-fips)[a-z0-9-])+)\.\{Region\}\.\{PartitionResult#dnsSuffix\}"/,
      "endpoint prefix",
    ),
    protocol: protocolOf(find(sdk, "dist-es/runtimeConfig.shared.js", /protocol \?\? (\w+)/, "protocol")),
  };
}

// The SDK names the protocol by its implementing class; OpenAPI readers expect the Smithy trait name.
const PROTOCOLS: Record<string, string> = { AwsRestJsonProtocol: "restJson1" };

function protocolOf(found: Fact<string>): Fact<string> {
  const value = PROTOCOLS[found.value];
  if (!value)
    throw new Error(`unknown SDK protocol class ${found.value}; expected one of ${Object.keys(PROTOCOLS).join(", ")}`);
  return { value, source: found.source };
}
