// The spec the suites judge by: the contract (spec/contract/) with the documentation errata
// applied, unless CONFORMANCE_ERRATA=off asks for the spec exactly as published.
import { loadContract, type ServiceSpec } from "../../spec/contract/contract.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";

const errataWanted = (env: NodeJS.ProcessEnv = process.env) => env.CONFORMANCE_ERRATA !== "off";

export function judgedSpec(service: ServiceName, env: NodeJS.ProcessEnv = process.env): ServiceSpec {
  return loadContract(service, { errata: errataWanted(env) });
}
