// The credentials a run signs with. Static ones for emulators and URLs (target.ts); for AWS the
// standard chain of @aws-sdk/credential-providers (environment, shared config and credentials
// files with profiles, SSO, web identity, container and instance roles), resolved once and
// refreshed by the provider as it expires. No credentials at all is a configuration error.
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { ConfigurationError } from "../configuration-error.ts";
import type { Credentials, Target } from "../target.ts";

export type CredentialProvider = () => Promise<Credentials>;

export function credentialProvider(target: Target): CredentialProvider {
  const fixed = target.credentials;
  if (fixed) return () => Promise.resolve(fixed);
  const chain = fromNodeProviderChain();
  return async () => {
    try {
      return await chain();
    } catch (e) {
      throw new ConfigurationError(
        `no AWS credentials: ${(e as Error).message.split("\n")[0]} (set AWS_PROFILE, AWS_ACCESS_KEY_ID and ` +
          "AWS_SECRET_ACCESS_KEY, or sign in with `aws sso login`)",
      );
    }
  };
}
