import { describe, expect, it } from "vitest";
import { retentionTable, topicRetention, type RetentionCountsRow } from "./retention";

const row = (topicId: string, mature: boolean, counts: number[]): RetentionCountsRow => {
  const [passed7, total7, passed30, total30, passed365, total365] = counts;
  return { topicId, mature, passed7, total7, passed30, total30, passed365, total365 };
};

describe("true retention", () => {
  const rows = [
    row("a", false, [3, 4, 6, 8, 20, 25]),
    row("a", true, [1, 1, 4, 5, 30, 32]),
    row("b", false, [0, 0, 2, 4, 10, 20]),
  ];

  it("adds young and mature first-of-day reviews per window", () => {
    const [week, month, year] = retentionTable(rows);
    expect(week).toEqual({
      days: 7,
      young: { passed: 3, total: 4, rate: 0.75 },
      mature: { passed: 1, total: 1, rate: 1 },
      all: { passed: 4, total: 5, rate: 0.8 },
    });
    expect(month.young).toEqual({ passed: 8, total: 12, rate: 8 / 12 });
    expect(month.all.rate).toBeCloseTo(12 / 17, 12);
    expect(year.mature.rate).toBeCloseTo(30 / 32, 12);
    expect(year.all).toEqual({ passed: 60, total: 77, rate: 60 / 77 });
  });

  it("has no rate where nothing was reviewed", () => {
    expect(retentionTable([])[0].all).toEqual({ passed: 0, total: 0, rate: null });
    expect(topicRetention(rows, "b", 7).rate).toBeNull();
  });

  it("gives one topic's 30-day figure over young and mature cards", () => {
    expect(topicRetention(rows, "a")).toEqual({ passed: 10, total: 13, rate: 10 / 13 });
  });
});
