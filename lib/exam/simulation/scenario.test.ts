import { describe, expect, it } from "vitest";
import { simulate, type ArmSummary } from "./scenario";

// The CI-sized run of `npm run sim:exam`: 30 learners instead of 200, same deck and budget.
const scenario = { learners: 30, cards: 300, topics: 10, examDay: 14, reviewsPerDay: 60, seed: 1 };

describe("the exam simulation, CI-sized", () => {
  const arms = simulate(scenario);
  const arm = (name: ArmSummary["name"]) => arms.find((summary) => summary.name === name)!;

  it("ranks the exam-aware queue first on recall at exam time, ahead of both plain FSRS arms", () => {
    const ranked = [...arms].sort((a, b) => b.meanRecallAtExam - a.meanRecallAtExam).map((summary) => summary.name);
    expect(ranked[0]).toBe("exam-aware");
    expect(ranked[ranked.length - 1]).toBe("plain-fsrs-0.9");
    expect(arm("plain-fsrs-0.9").diffToExamAware.ci95[1]).toBeLessThan(0);
    expect(arm("plain-fsrs-matched-retention").diffToExamAware.mean).toBeLessThan(0);
  });

  it("does not buy exam recall by cramming: a month later it is still ahead of plain FSRS", () => {
    expect(arm("exam-aware").recallAt30DaysAfter).toBeGreaterThan(arm("plain-fsrs-0.9").recallAt30DaysAfter);
    expect(arm("exam-aware").recallAt30DaysAfter).toBeGreaterThanOrEqual(
      arm("plain-fsrs-matched-retention").recallAt30DaysAfter,
    );
  });

  it("spends the same reviews as the matched-retention arm, within the daily budget", () => {
    const examAware = arm("exam-aware");
    const matched = arm("plain-fsrs-matched-retention");
    expect(Math.abs(matched.reviews - examAware.reviews) / examAware.reviews).toBeLessThan(0.01);
    for (const summary of arms) expect(summary.peakDailyReviews).toBeLessThanOrEqual(scenario.reviewsPerDay);
  });

  it("is deterministic for a seed", () => {
    const again = simulate({ ...scenario, learners: 3 });
    expect(simulate({ ...scenario, learners: 3 })).toEqual(again);
  });
});
