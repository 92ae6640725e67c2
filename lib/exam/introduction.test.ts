import { describe, expect, it } from "vitest";
import { introductionPlan } from "./introduction";

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe("introducing new cards before an exam", () => {
  it("spreads them evenly over the first half of the days", () => {
    expect(introductionPlan(300, 14, new Array(14).fill(100))).toEqual([
      43, 43, 43, 43, 43, 43, 42, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it("never leaves them for the eve when there is room earlier", () => {
    const plan = introductionPlan(50, 2, [100, 100]);
    expect(plan).toEqual([50, 0]);
    expect(introductionPlan(50, 3, [100, 100, 100])).toEqual([25, 25, 0]);
  });

  it("pushes what a day's budget cannot hold to the next days", () => {
    const plan = introductionPlan(100, 6, [10, 10, 10, 10, 10, 100]);
    expect(plan).toEqual([10, 10, 10, 10, 10, 50]);
    expect(sum(plan)).toBe(100);
  });

  it("introduces everything today when the exam is tomorrow", () => {
    expect(introductionPlan(30, 1, [100])).toEqual([30]);
  });

  it("introduces only what fits when the budget is too small", () => {
    expect(sum(introductionPlan(100, 3, [10, 10, 10]))).toBe(30);
  });

  it("has nothing to do without days or cards", () => {
    expect(introductionPlan(0, 5, [9, 9, 9, 9, 9])).toEqual([0, 0, 0, 0, 0]);
    expect(introductionPlan(10, 0, [])).toEqual([]);
  });
});
