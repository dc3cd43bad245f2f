// IVS RealTime against the configured target: one test per operation and check.
import { inject } from "vitest";
import { defineServiceSuite } from "./harness/define-service-suite.ts";

defineServiceSuite("ivs-realtime", {
  ivsEndpoint: inject("ivsEndpoint"),
  ivsRealtimeEndpoint: inject("ivsRealtimeEndpoint"),
});
