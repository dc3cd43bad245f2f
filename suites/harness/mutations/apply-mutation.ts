// Puts one invalid value into a copy of a valid input, at a path whose ancestors exist (the valid
// input was generated with that path forced), and records what changed.
import { ITEM, MAP_KEY, MAP_VALUE, pointerOf } from "../arbitraries/value-path.ts";
import type { AppliedMutation, MutationSite } from "./mutation.ts";
import { ABSENT, type Absent } from "./violations.ts";

export type Input = Record<string, unknown>;

export function applyMutation(
  input: Input,
  site: MutationSite,
  value: unknown | Absent,
): { input: Input; mutation: AppliedMutation } {
  const copy = structuredClone(input);
  const pointer = pointerOf(site.path, copy);
  let parent: unknown = copy;
  for (const seg of site.path.slice(0, -1)) parent = child(parent, seg);
  const last = site.path.at(-1)!;
  let original: unknown;
  if (last === MAP_KEY) {
    const map = parent as Record<string, unknown>;
    const key = Object.keys(map)[0]!;
    original = key;
    const entries = Object.entries(map).map(([k, v]) => [k === key ? (value as string) : k, v] as const);
    for (const k of Object.keys(map)) delete map[k];
    Object.assign(map, Object.fromEntries(entries));
  } else if (last === ITEM) {
    const list = parent as unknown[];
    original = list[0];
    list[0] = value;
  } else {
    const obj = parent as Record<string, unknown>;
    const key = last === MAP_VALUE ? Object.keys(obj)[0]! : last;
    original = obj[key];
    if (value === ABSENT) delete obj[key];
    else obj[key] = value;
  }
  return {
    input: copy,
    mutation: {
      operator: site.operator,
      constraint: site.constraint,
      pointer,
      original,
      mutated: value === ABSENT ? "(absent)" : value,
    },
  };
}

function child(node: unknown, seg: string): unknown {
  if (seg === ITEM) return (node as unknown[])[0];
  const obj = node as Record<string, unknown>;
  if (seg === MAP_VALUE) return obj[Object.keys(obj)[0]!];
  return obj[seg];
}
