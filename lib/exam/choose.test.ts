import { describe, expect, it } from "vitest";
import { chooseReviews } from "./choose";
import { memoryModelFor, type CardMemory } from "./model";

const model = memoryModelFor([]);
const today = 100;
const examDay = 107;

const reviewed = (stability: number, daysAgo: number): CardMemory => ({
  stability,
  difficulty: 5,
  lastReviewDay: today - daysAgo,
});

describe("the exam-aware choice of a day's reviews", () => {
  const memories = [
    reviewed(40, 2), // strong and fresh: little to gain
    reviewed(2, 6), // weak and fading: most to gain
    reviewed(8, 5),
    { stability: 0, difficulty: 0, lastReviewDay: null }, // new: introduced separately
    reviewed(3, 0.1), // already reviewed today
  ];

  it("takes the cards with the most to gain first, up to the day's count", () => {
    const chosen = chooseReviews(model, memories, today, examDay, { reviews: 2, seconds: Infinity }, today - 0.2);
    expect(chosen.map((choice) => choice.index)).toEqual([1, 2]);
    expect(chosen[0].gain).toBeGreaterThan(chosen[1].gain);
  });

  it("leaves new cards and cards already reviewed today out", () => {
    const chosen = chooseReviews(model, memories, today, examDay, { reviews: 10, seconds: Infinity }, today - 0.2);
    expect(chosen.map((choice) => choice.index).sort()).toEqual([0, 1, 2]);
  });

  it("stops when a time budget is spent", () => {
    const chosen = chooseReviews(model, memories, today, examDay, { reviews: Infinity, seconds: 30 }, today - 0.2);
    expect(chosen.length).toBe(2);
    expect(chosen.reduce((sum, choice) => sum + choice.expectedSeconds, 0)).toBeLessThanOrEqual(30);
  });

  it("chooses nothing with nothing left to spend", () => {
    expect(chooseReviews(model, memories, today, examDay, { reviews: 0, seconds: Infinity }, today - 0.2)).toEqual([]);
  });
});
