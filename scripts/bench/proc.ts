// What Linux's /proc says about processes: CPU time of reaped children and the resident memory of a
// process tree. parseStat is pure; the rest reads /proc.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface ProcStat {
  pid: number;
  ppid: number;
  /** CPU time in clock ticks: this process, and its children it has waited for (with theirs). */
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
  /** Resident set size in pages. */
  rssPages: number;
}

/** Parses /proc/<pid>/stat (proc(5)); the command name may hold spaces and parentheses. */
export function parseStat(text: string): ProcStat {
  const close = text.lastIndexOf(")");
  if (close < 0) throw new Error(`not a /proc/<pid>/stat line: ${JSON.stringify(text.slice(0, 80))}`);
  const pid = Number(text.slice(0, text.indexOf("(")).trim());
  // Fields from 3 (state) on, so field n is rest[n - 3].
  const rest = text
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const field = (n: number) => {
    const v = Number(rest[n - 3]);
    if (!Number.isFinite(v)) throw new Error(`/proc/<pid>/stat: field ${n} is not a number`);
    return v;
  };
  return {
    pid,
    ppid: field(4),
    utime: field(14),
    stime: field(15),
    cutime: field(16),
    cstime: field(17),
    rssPages: field(24),
  };
}

let ticksPerSecond: number | undefined;
let pageBytes: number | undefined;

function sysconf(name: string, fallback: number): number {
  try {
    const v = Number(execFileSync("getconf", [name], { encoding: "utf8" }).trim());
    return Number.isFinite(v) && v > 0 ? v : fallback;
  } catch {
    return fallback;
  }
}

export const clockTicks = () => (ticksPerSecond ??= sysconf("CLK_TCK", 100));
export const pageSize = () => (pageBytes ??= sysconf("PAGESIZE", 4096));

/**
 * User + system CPU milliseconds of this process's children that have terminated and been waited for,
 * each with its own waited-for descendants (the kernel adds a reaped child's cutime/cstime to its
 * parent's). The difference across one child's life is that child's whole tree, exact to a clock tick.
 */
export function reapedChildrenCpuMs(): number {
  const s = parseStat(readFileSync("/proc/self/stat", "utf8"));
  return ((s.cutime + s.cstime) * 1000) / clockTicks();
}

function readStat(pid: string): ProcStat | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return undefined; // gone since the directory was listed
  }
}

/** The pids of root and every live descendant, from the parent links in /proc. */
export function descendants(root: number, stats: readonly ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const out: ProcStat[] = [];
  const queue = stats.filter((s) => s.pid === root);
  while (queue.length > 0) {
    const s = queue.shift()!;
    out.push(s);
    queue.push(...(children.get(s.pid) ?? []));
  }
  return out;
}

/** Resident bytes of a process tree now: the sum over root and its live descendants. */
export function treeRssBytes(root: number): number {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const s = readStat(entry);
    if (s) stats.push(s);
  }
  return descendants(root, stats).reduce((sum, s) => sum + s.rssPages * pageSize(), 0);
}
