import { describe, expect, it } from "vitest";
import {
  formatInterval,
  GRADES,
  newSchedulingState,
  previewDueDates,
  Rating,
  rollbackReview,
  scheduleReview,
  State,
  type SchedulerSettings,
} from "./fsrs";

const settings: SchedulerSettings = { desiredRetention: 0.9, maximumInterval: 36500, fsrsWeights: [] };

describe("FSRS scheduling", () => {
  it("previews exactly the due date that grading then gives", () => {
    const now = new Date("2026-02-01T10:00:00Z");
    const learned = scheduleReview(
      settings,
      scheduleReview(settings, newSchedulingState(now), now, Rating.Good),
      new Date("2026-02-01T10:10:00Z"),
      Rating.Good,
    );
    const later = new Date("2026-02-05T09:00:00Z");
    const preview = previewDueDates(settings, learned, later);
    for (const grade of GRADES) {
      expect(preview[grade].getTime()).toBe(scheduleReview(settings, learned, later, grade).due.getTime());
    }
    expect(preview[Rating.Again] < preview[Rating.Hard]).toBe(true);
    expect(preview[Rating.Good] < preview[Rating.Easy]).toBe(true);
  });

  it("uses the short-term learning steps for a new card", () => {
    const now = new Date("2026-02-01T10:00:00Z");
    const after = scheduleReview(settings, newSchedulingState(now), now, Rating.Good);
    expect(after.state).toBe(State.Learning);
    expect(after.learningSteps).toBe(1);
    expect(after.due.getTime() - now.getTime()).toBe(10 * 60_000);
  });

  it("keeps intervals within the maximum interval", () => {
    const capped = { ...settings, maximumInterval: 30 };
    let state = newSchedulingState(new Date("2026-01-01T00:00:00Z"));
    let now = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < 8; i++) {
      state = scheduleReview(capped, state, now, Rating.Easy);
      expect(state.scheduledDays).toBeLessThanOrEqual(30);
      expect(state.due.getTime() - now.getTime()).toBeLessThanOrEqual(30 * 86_400_000 + 1);
      now = state.due;
    }
  });

  it("rolls a review back to the exact previous state", () => {
    let now = new Date("2026-01-01T08:00:00Z");
    let state = newSchedulingState(now);
    for (const grade of [Rating.Good, Rating.Good, Rating.Hard] as const) {
      state = scheduleReview(settings, state, now, grade);
      now = new Date(state.due.getTime() + 3 * 86_400_000);
    }
    for (const grade of GRADES) {
      const after = scheduleReview(settings, state, now, grade);
      expect(rollbackReview(settings, after, state, grade, now)).toEqual(state);
    }
  });

  it("formats intervals compactly", () => {
    const from = new Date("2026-01-01T00:00:00Z");
    const plus = (ms: number) => new Date(from.getTime() + ms);
    expect(formatInterval(from, plus(60_000))).toBe("1m");
    expect(formatInterval(from, plus(10 * 60_000))).toBe("10m");
    expect(formatInterval(from, plus(5 * 3_600_000))).toBe("5h");
    expect(formatInterval(from, plus(3 * 86_400_000))).toBe("3d");
    expect(formatInterval(from, plus(90 * 86_400_000))).toBe("3mo");
    expect(formatInterval(from, plus(730 * 86_400_000))).toBe("2y");
  });
});
