/** Options for the choice templates: a stable shuffle and distractors that look like the answer. */
import { lowerCaseExceptAcronyms, normaliseTerm } from "../text";

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

/** The gap answer as an option: lower case except acronyms, so no option stands out by its case. */
export function optionForm(answer: string): string {
  return lowerCaseExceptAcronyms(answer, (word) => /^[(]?[A-Z0-9-]{2,}[)]?s?$/.test(word));
}

/**
 * Up to `count` options from `pool` unlike the answer (neither contains the
 * other), closest to it in length first, ties broken by a stable hash.
 */
export function distractorsFor(answer: string, pool: string[], seed: string, count: number): string[] {
  const target = optionForm(answer);
  const targetKey = normaliseTerm(target);
  const length = target.split(" ").length;
  const ranked: { option: string; distance: number; order: number }[] = [];
  for (const option of new Set(pool.map(optionForm))) {
    const key = normaliseTerm(option);
    if (key === targetKey || key.includes(targetKey) || targetKey.includes(key)) continue;
    ranked.push({ option, distance: Math.abs(option.split(" ").length - length), order: orderKey(seed, option) });
  }
  return ranked
    .sort((x, y) => x.distance - y.distance || x.order - y.order || x.option.localeCompare(y.option))
    .slice(0, count)
    .map((entry) => entry.option);
}
