import { describe, expect, it } from "vitest";
import { budgetSentence, budgetText } from "./advice";

const exam = { targetRecall: 0.9, budget: { unit: "reviews" as const, perDay: 20 } };

describe("budget advice", () => {
  it("says plainly when the budget reaches the target", () => {
    expect(budgetSentence(exam, { reachesTarget: true, projectedScore: 0.93, budgetForTarget: 20 })).toBe(
      "At 20 reviews a day, following the plan reaches your 90% target.",
    );
  });

  it("names the budget that would reach it, in the exam's unit", () => {
    expect(budgetSentence(exam, { reachesTarget: false, projectedScore: 0.716, budgetForTarget: 45 })).toBe(
      "At 20 reviews a day, the plan reaches about 72%, short of your 90% target. A budget of 45 reviews a day would reach it.",
    );
    const minutes = { ...exam, budget: { unit: "minutes" as const, perDay: 1 } };
    expect(budgetSentence(minutes, { reachesTarget: false, projectedScore: 0.5, budgetForTarget: 12 })).toMatch(
      /At 1 minute a day.*A budget of 12 minutes a day would reach it\.$/,
    );
  });

  it("says when no budget would", () => {
    expect(budgetSentence(exam, { reachesTarget: false, projectedScore: 0.4, budgetForTarget: null })).toMatch(
      /No daily budget reaches it by the exam/,
    );
    expect(budgetText({ unit: "reviews", perDay: 1 })).toBe("1 review a day");
  });
});
