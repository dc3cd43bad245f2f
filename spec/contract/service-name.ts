// The two services the specs describe, by the names of their spec files (spec/<service>.openapi.json).
export type ServiceName = "ivs" | "ivs-realtime";
export const SERVICES: readonly ServiceName[] = ["ivs", "ivs-realtime"];
