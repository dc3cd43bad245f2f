import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSweepArgs } from "./sweep-args.ts";

describe("parseSweepArgs", () => {
  it.each([
    ["nothing: list every run's leftovers", [], { mode: "sweep", yes: false }],
    ["--yes: delete them", ["--yes"], { mode: "sweep", yes: true }],
    ["one run", ["--run", "20261129T004200Z-a1b2c3"], { mode: "sweep", yes: false, run: "20261129T004200Z-a1b2c3" }],
    ["help", ["-h"], { mode: "help" }],
  ])("%s", (_, given, want) => expect(parseSweepArgs(given)).toEqual(want));

  it("refuses an unknown option and an empty run id", () => {
    expect(() => parseSweepArgs(["--all"])).toThrow(/Unknown option '--all'/);
    expect(() => parseSweepArgs(["--run", ""])).toThrow("--run needs a run id");
  });
});

describe("npm run sweep (the entry point)", () => {
  it("exits 2 with one line when the target is the embedded emulator, which keeps nothing", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ["IVS_ENDPOINT", "IVS_REALTIME_ENDPOINT", "IVS_TARGET"]) delete env[name];
    const result = await new Promise<{ status: number; stderr: string }>((resolve) =>
      execFile(process.execPath, ["--import", "tsx", "scripts/sweep.ts"], { cwd: root, env }, (error, _, stderr) =>
        resolve({ status: error ? Number(error.code) : 0, stderr }),
      ),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      "sweep: sweep needs the target runs used: IVS_TARGET=aws with AWS_REGION, or IVS_ENDPOINT " +
        "(the embedded emulator keeps nothing)\n",
    );
  }, 30_000);
});
