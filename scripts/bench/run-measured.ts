// Runs one command as a child process and measures it: wall time from spawn to exit, user + system
// CPU of its whole process tree (reaped children's rusage, from /proc/self/stat: exact to a clock
// tick, every process the tree waited for included) and the tree's peak resident memory (the sum of
// the tree's RSS, sampled every 100 ms).
import { spawn } from "node:child_process";
import { reapedChildrenCpuMs, treeRssBytes } from "./proc.ts";

export interface Measured {
  exitCode: number | null;
  wallMs: number;
  /** The whole group's CPU when several ran at once (reaped children cannot be told apart): on the first only. */
  cpuMs?: number;
  peakRssBytes: number;
  /** The last lines of stdout and stderr, for an error message. */
  tail: string;
}

export interface Command {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const SAMPLE_MS = 100;

/** Runs the commands at once; CPU is the whole group's (reported on the first only). */
export async function runMeasured(commands: readonly Command[]): Promise<Measured[]> {
  const cpuBefore = reapedChildrenCpuMs();
  const started = performance.now();
  const runs = commands.map((c) => {
    const child = spawn(c.command, c.args, { cwd: c.cwd, env: c.env, stdio: ["ignore", "pipe", "pipe"] });
    let tail = "";
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          peak = Math.max(peak, treeRssBytes(child.pid));
        } catch {
          // /proc unreadable this once: the next sample counts
        }
      }
    };
    const timer = setInterval(sample, SAMPLE_MS);
    const done = new Promise<{ exitCode: number | null; wallMs: number; tail: string; peak: number }>(
      (resolve, reject) => {
        child.once("error", reject);
        child.once("close", (code) => {
          clearInterval(timer);
          resolve({ exitCode: code, wallMs: performance.now() - started, tail, peak });
        });
      },
    );
    return done;
  });
  const results = await Promise.all(runs);
  const cpuMs = reapedChildrenCpuMs() - cpuBefore;
  return results.map((r, i) => ({
    exitCode: r.exitCode,
    wallMs: r.wallMs,
    ...(i === 0 ? { cpuMs } : {}),
    peakRssBytes: r.peak,
    tail: r.tail,
  }));
}
