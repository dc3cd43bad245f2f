// The figures the project aims for, printed beside the measurements as pass or miss. Never asserted
// in a test: the machine is shared and noisy.

export interface Goal {
  id: string;
  /** As printed in the table's goal column. */
  text: string;
  met: (value: number) => boolean;
}

export const GOALS = {
  fullRunWall: { id: "full-run-wall", text: "<= 8 s", met: (ms: number) => ms <= 8000 },
  cpuPerRequest: { id: "cpu-per-request", text: "<= 0.4 ms", met: (ms: number) => ms <= 0.4 },
  harnessOverhead: { id: "suite-vs-replay", text: "<= 3x", met: (r: number) => r <= 3 },
  peakMemory: { id: "peak-memory", text: "< 400 MB", met: (bytes: number) => bytes < 400 * 1024 * 1024 },
  scaling: { id: "scaling", text: "<= 1.00x linear", met: (f: number) => f <= 1 },
} satisfies Record<string, Goal>;

export interface GoalResult {
  id: string;
  goal: string;
  value: number;
  met: boolean;
}

export function judgeGoal(goal: Goal, value: number): GoalResult {
  return { id: goal.id, goal: goal.text, value, met: goal.met(value) };
}
