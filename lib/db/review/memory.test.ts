import { describe, expect, it } from "vitest";
import { newSchedulingState } from "../../scheduling/fsrs";
import { DEFAULT_SETTINGS } from "../../scheduling/settings";
import { forgetState, knownSettings, knownState, rememberSettings, rememberState } from "./memory";

const state = newSchedulingState(new Date("2026-06-01T09:00:00Z"));

describe("review memory", () => {
  it("gives a remembered state back only for the version it was seen at", () => {
    rememberState("u1", "c1", { stateId: "s1", version: 3, state });
    expect(knownState("u1", "c1", 3)).toEqual({ stateId: "s1", version: 3, state });
    expect(knownState("u1", "c1", 2)).toBeUndefined();
    expect(knownState("u2", "c1", 3)).toBeUndefined();
    forgetState("u1", "c1");
    expect(knownState("u1", "c1", 3)).toBeUndefined();
  });

  it("keeps settings for ten seconds", () => {
    rememberSettings("u1", DEFAULT_SETTINGS, 1_000);
    expect(knownSettings("u1", 10_999)).toBe(DEFAULT_SETTINGS);
    expect(knownSettings("u1", 11_000)).toBeUndefined();
  });
});
