import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveTarget } from "./target.ts";
import { testHooks } from "./test-hooks.ts";

// A stand-in target per health answer: the hooks are used only for the emulator's health body.
const answers: Record<string, { status: number; body: string }> = {
  "/emulator/_emulator/health": {
    status: 200,
    body: JSON.stringify({ ok: true, region: "us-west-2", account: "123456789012", operations: 40, errata: [] }),
  },
  "/other-json/_emulator/health": { status: 200, body: JSON.stringify({ status: "UP" }) },
  "/not-json/_emulator/health": { status: 200, body: "<html>ok</html>" },
};
let server: Server;
let url = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const a = answers[req.url ?? ""] ?? { status: 404, body: "{}" };
    res.writeHead(a.status, { "content-type": "application/json" }).end(a.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const hooksAt = (path: string) => testHooks(resolveTarget({ IVS_ENDPOINT: `${url}${path}` }), "ivs");

describe("testHooks", () => {
  it("uses the hooks of a target whose health is the emulator's", async () => {
    expect((await hooksAt("/emulator"))?.base).toBe(`${url}/emulator/_emulator/`);
  });
  it.each([
    ["a 404", "/missing"],
    ["another JSON body", "/other-json"],
    ["a body that is not JSON", "/not-json"],
  ])("has none for %s", async (_, path) => {
    expect(await hooksAt(path)).toBeUndefined();
  });
  it("has none for AWS, without a request", async () => {
    expect(await testHooks(resolveTarget({ IVS_TARGET: "aws", AWS_REGION: "us-west-2" }), "ivs")).toBeUndefined();
  });
});
