import { describe, expect, it } from "vitest";
import { default_w, forgetting_curve } from "ts-fsrs";
import { forgettingCurveFor, retrievability, retrievabilityAt } from "./retrievability";

// w20 = 0.5 keeps the arithmetic checkable by hand: F = 0.9^-2 - 1 = 1/0.81 - 1 = 0.2345679.
const weightsWithDecay = (decay: number) => [...default_w.slice(0, 20), decay];
const halfDecay = forgettingCurveFor(weightsWithDecay(0.5));

describe("the FSRS-6 forgetting curve", () => {
  it("derives F from w20 so that R is 90% after S days", () => {
    expect(halfDecay.factor).toBeCloseTo(0.2345679, 7);
    expect(retrievability(halfDecay, 10, 10)).toBeCloseTo(0.9, 12);
    expect(retrievability(forgettingCurveFor([]), 4.2, 4.2)).toBeCloseTo(0.9, 12);
  });

  it("matches values computed by hand", () => {
    expect(retrievability(halfDecay, 0, 10)).toBe(1);
    // (1 + 0.2345679 * 20/10)^-0.5 = 1.4691358^-0.5
    expect(retrievability(halfDecay, 20, 10)).toBeCloseTo(0.8250286, 7);
    // (1 + 0.2345679 * 30/10)^-0.5 = 1.7037037^-0.5
    expect(retrievability(halfDecay, 30, 10)).toBeCloseTo(0.7661309, 7);
    // Half a day at S = 1: (1 + 0.2345679 * 0.5)^-0.5 = 1.1172840^-0.5
    expect(retrievability(halfDecay, 0.5, 1)).toBeCloseTo(0.946059, 6);
  });

  it("uses the default w20 (0.1542) until the user has trained weights, and agrees with ts-fsrs", () => {
    const defaults = forgettingCurveFor([]);
    expect(defaults.decay).toBe(0.1542);
    expect(defaults.factor).toBeCloseTo(0.9803465, 7);
    for (const [elapsed, stability] of [
      [0.5, 1],
      [3, 2.3],
      [40, 12],
      [365, 80],
    ]) {
      expect(retrievability(defaults, elapsed, stability)).toBeCloseTo(
        forgetting_curve(default_w, elapsed, stability),
        7,
      );
    }
  });

  it("counts exact elapsed time, not whole days", () => {
    const reviewed = new Date("2026-03-01T08:00:00Z");
    const card = { lastReview: reviewed, stability: 1 };
    const oneHour = retrievabilityAt(halfDecay, card, new Date("2026-03-01T09:00:00Z"));
    const twentyThreeHours = retrievabilityAt(halfDecay, card, new Date("2026-03-02T07:00:00Z"));
    expect(oneHour).toBeCloseTo(Math.pow(1 + 0.2345679 / 24, -0.5), 6);
    expect(twentyThreeHours).toBeCloseTo(Math.pow(1 + (0.2345679 * 23) / 24, -0.5), 6);
    expect(oneHour).toBeGreaterThan(twentyThreeHours);
  });

  it("gives 0 for a card never reviewed", () => {
    expect(retrievabilityAt(halfDecay, { lastReview: null, stability: 0 }, new Date())).toBe(0);
  });
});
