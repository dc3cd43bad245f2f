// IVS (Low-Latency Streaming) against the run's target: one test per operation and check.
import { inject } from "vitest";
import { defineServiceSuite } from "./harness/define-service-suite.ts";

defineServiceSuite("ivs", inject("target"));
