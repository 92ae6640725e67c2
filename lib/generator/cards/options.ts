/** A stable shuffle for the options of a choice card. */

/** A cheap, stable order for shuffling options (FNV-1a); keys that must not collide use stableKey. */
export function orderKey(seed: string, value: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}\u0000${value}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The same options in the same seed always come out in the same order. */
export function shuffled(options: string[], seed: string): string[] {
  return [...options].sort((a, b) => orderKey(seed, a) - orderKey(seed, b) || a.localeCompare(b));
}
