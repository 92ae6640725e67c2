import { describe, expect, it } from "vitest";
import { pastStudyDays } from "./days";
import { forgettingCurveFor } from "./retrievability";
import { historyBasis, planHistory, snapshotsToStore, type StoredSnapshot } from "./snapshots";

const settings = { timeZone: "UTC", dayRolloverHour: 4 };
const curve = forgettingCurveFor([]);
const past = pastStudyDays(new Date("2026-05-10T12:00:00Z"), "UTC", 4, 4); // 05-07 .. 05-10

describe("recall history snapshots", () => {
  const basis = historyBasis(curve, settings, "digest-of-cards");

  it("changes the basis with the card set, the study day or the curve", () => {
    expect(historyBasis(curve, settings, "digest-of-cards")).toBe(basis);
    expect(historyBasis(curve, settings, "another-digest")).not.toBe(basis);
    expect(historyBasis(curve, { ...settings, dayRolloverHour: 0 }, "digest-of-cards")).not.toBe(basis);
    expect(historyBasis(curve, { ...settings, timeZone: "Asia/Tokyo" }, "digest-of-cards")).not.toBe(basis);
    const trained = forgettingCurveFor(new Array(20).fill(1).concat(0.3));
    expect(historyBasis(trained, settings, "digest-of-cards")).not.toBe(basis);
  });

  it("keeps stored days up to the first missing or stale one and rebuilds the rest", () => {
    const stored: StoredSnapshot[] = [
      { dayEnd: past[0].end, basis, sums: { a: 1.5 } },
      { dayEnd: past[1].end, basis, sums: {} },
      { dayEnd: past[2].end, basis: "old", sums: { a: 9 } },
    ];
    const plan = planHistory(past, stored, basis);
    expect(plan.rebuildFrom).toBe(2);
    expect(plan.kept).toEqual([{ topicId: "a", day: 1, recallSum: 1.5 }]);
    expect(planHistory(past, [], basis).rebuildFrom).toBe(0);
  });

  it("stores every rebuilt day, empty ones too, so they are not rebuilt again", () => {
    const rows = [{ topicId: "a", day: 2, recallSum: 2.25 }];
    expect(snapshotsToStore(past, 2, rows)).toEqual([
      { dayEnd: past[2].end, sums: {} },
      { dayEnd: past[3].end, sums: { a: 2.25 } },
    ]);
  });
});
