import type { SchedulingState } from "../../scheduling/fsrs";
import type { UserSchedulingSettings } from "../../scheduling/settings";

/**
 * What this server last read or wrote of a student's card states and settings, so that a
 * grade can skip its read. A remembered state is only used for the version it was seen at,
 * and a grade applies only if the stored state still has that version; every write to a
 * CardState bumps its version, so a state seen at version v is exactly the stored one.
 * Settings are remembered briefly: a change made on another server reaches grades here
 * within SETTINGS_TTL_MS.
 */
export interface KnownState {
  stateId: string;
  version: number;
  state: SchedulingState;
}

const MAX_STATES = 100_000;
const MAX_SETTINGS = 10_000;
const SETTINGS_TTL_MS = 10_000;

interface Memory {
  states: Map<string, KnownState>;
  settings: Map<string, { settings: UserSchedulingSettings; until: number }>;
}

// On globalThis: Next.js bundles this module into pages and route handlers separately, and
// the queue a page loads must be known to the route that grades it.
const MEMORY = Symbol.for("claimdeck.reviewMemory");
const registry = globalThis as unknown as { [MEMORY]?: Memory };
const memory = (): Memory => (registry[MEMORY] ??= { states: new Map(), settings: new Map() });

const stateKey = (userId: string, cardId: string) => `${userId}\u0000${cardId}`;

function setBounded<V>(map: Map<string, V>, key: string, value: V, max: number) {
  map.delete(key);
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
}

export function rememberState(userId: string, cardId: string, known: KnownState) {
  setBounded(memory().states, stateKey(userId, cardId), known, MAX_STATES);
}

/** The state last seen for this card, if it was seen at `version`. */
export function knownState(userId: string, cardId: string, version: number): KnownState | undefined {
  const known = memory().states.get(stateKey(userId, cardId));
  return known?.version === version ? known : undefined;
}

export function forgetState(userId: string, cardId: string) {
  memory().states.delete(stateKey(userId, cardId));
}

export function rememberSettings(userId: string, settings: UserSchedulingSettings, now = Date.now()) {
  setBounded(memory().settings, userId, { settings, until: now + SETTINGS_TTL_MS }, MAX_SETTINGS);
}

export function knownSettings(userId: string, now = Date.now()): UserSchedulingSettings | undefined {
  const known = memory().settings.get(userId);
  return known && known.until > now ? known.settings : undefined;
}

export function forgetSettings(userId: string) {
  memory().settings.delete(userId);
}
