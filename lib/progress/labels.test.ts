import { describe, expect, it } from "vitest";
import { masteryLabel } from "./labels";

describe("mastery labels", () => {
  const label = (studied: number, mastered: number, recallNow: number) =>
    masteryLabel({ cards: 10, studied, mastered, recallNow });

  it("says not started until a card is studied", () => {
    expect(label(0, 0, 0)).toBe("not started");
    expect(masteryLabel({ cards: 0, studied: 0, mastered: 0, recallNow: 0 })).toBe("not started");
  });

  it("steps through learning, familiar and strong by recall now", () => {
    expect(label(1, 0, 0.09)).toBe("learning");
    expect(label(6, 0, 0.4999)).toBe("learning");
    expect(label(6, 0, 0.5)).toBe("familiar");
    expect(label(9, 0, 0.7999)).toBe("familiar");
    expect(label(10, 0, 0.8)).toBe("strong");
  });

  it("says mastered only with 90% of cards mastered and recall of at least 80%", () => {
    expect(label(10, 9, 0.92)).toBe("mastered");
    expect(label(10, 8, 0.95)).toBe("strong");
    // Mastered cards at a low desired retention can leave recall under the strong line.
    expect(label(10, 9, 0.75)).toBe("familiar");
  });
});
