// The value a map holds for a key, made and kept on first use: the harness memoises sampled cases,
// walks, probes and compiled arbitraries this way.
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = make();
  map.set(key, value);
  return value;
}
