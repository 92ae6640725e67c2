import { describe, expect, it } from "vitest";
import { mean, pairedDifference } from "./statistics";

describe("paired differences", () => {
  it("gives the mean and a t-based 95% interval", () => {
    // mean 2, sample sd 1.5811, n 5: t(0.975, 4) = 2.776, half-width 2.776 * 1.5811 / √5 = 1.963
    const { mean: m, ci95 } = pairedDifference([0, 1, 2, 3, 4]);
    expect(m).toBe(2);
    expect(ci95[0]).toBeCloseTo(2 - 1.963, 1);
    expect(ci95[1]).toBeCloseTo(2 + 1.963, 1);
  });

  it("tightens toward 1.96 standard errors for large samples", () => {
    const values = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? 1 : -1));
    const { ci95 } = pairedDifference(values);
    expect(ci95[1]).toBeCloseTo((1.962 * 1) / Math.sqrt(1000), 3);
  });

  it("has no interval from one pair", () => {
    expect(pairedDifference([0.3])).toEqual({ mean: 0.3, ci95: [0.3, 0.3] });
    expect(mean([])).toBe(0);
  });
});
