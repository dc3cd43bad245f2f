// The benchmark's arithmetic: medians, ratios and how figures print. Pure.

/** The median of the values (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** a / b, or undefined when b is not a positive finite number. */
export function ratio(a: number, b: number): number | undefined {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return undefined;
  return a / b;
}

/**
 * How a scaled run compares to linear: wall time at k times the work divided by k times the base
 * wall time. 1 is linear, below 1 better than linear (the fixed costs are shared), above 1 worse.
 */
export function scalingFactor(baseWallMs: number, scaledWallMs: number, k: number): number | undefined {
  return ratio(scaledWallMs, baseWallMs * k);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** An integer with thousands separators (12,345), whatever the locale. */
export function grouped(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export const times = (r: number | undefined) => (r === undefined ? "n/a" : `${r.toFixed(2)}x`);
