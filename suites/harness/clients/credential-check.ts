// Before any cell: the run's credentials resolve (credential-chain.ts) and the target accepts them.
// One signed read per service (its first documented listing that needs no input); a 401 or 403 answer means
// every cell would be refused alike, which is the run's configuration, never the target's
// nonconformance: a ConfigurationError naming what the target said.
import { SERVICES } from "../../../spec/contract/service-name.ts";
import type { RunConfig } from "../config.ts";
import { ConfigurationError } from "../configuration-error.ts";
import { describeResponse } from "../failure.ts";
import { judgedSpec } from "../judged-spec.ts";
import { redactText } from "../redact.ts";
import { isReadOperation } from "../run-safety/operation-access.ts";
import type { Target } from "../target.ts";
import { Session } from "./session.ts";

export async function checkCredentials(target: Target, config: RunConfig): Promise<void> {
  const session = new Session(target, config, { guarded: false });
  await session.credentials();
  for (const service of SERVICES) {
    // A listing the documents state, where there is one: the SDK-only ones are newer, and less known.
    const op = judgedSpec(service)
      .operations.filter((o) => isReadOperation(o) && o.pagination && o.input.every((m) => !m.required))
      .sort((a, b) => Number(a.documented === false) - Number(b.documented === false))[0];
    if (!op) continue;
    let status: number | undefined;
    let answer = "";
    try {
      const e = await session.raw(op, {});
      status = e.response?.status;
      answer = describeResponse(e);
    } catch {
      // Throttled past the retry budget: not a refusal; the cells will say so.
      continue;
    }
    if (status === 401 || status === 403) {
      throw new ConfigurationError(
        `the target refused the run's credentials: ${service} ${op.name} answered ` +
          `${redactText(answer).replaceAll("\n", " ").slice(0, 300)}; check the access key, the secret key ` +
          "and the region, and that the policy allows the actions README.md lists",
      );
    }
  }
}
