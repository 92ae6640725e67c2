import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { State } from "../scheduling/fsrs";
import { masteryOf, type CardProgressRow } from "./mastery";
import { forgettingCurveFor } from "./retrievability";
import { weakestClaims } from "./weakest";

const now = new Date("2026-06-01T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
// w20 = 0.5: R(t, S) = (1 + 0.2345679 t/S)^-0.5, so R = 0.9 at t = S and 0.8250286 at t = 2S.
const options = { curve: forgettingCurveFor([...default_w.slice(0, 20), 0.5]), desiredRetention: 0.9, now };

function card(overrides: Partial<CardProgressRow>): CardProgressRow {
  return {
    topicId: "t",
    claimId: "c",
    state: State.New,
    stability: 0,
    lastReview: null,
    due: now,
    suspended: false,
    ...overrides,
  };
}

const reviewCard = (stability: number, elapsed: number, claimId = "c") =>
  card({ state: State.Review, stability, lastReview: daysAgo(elapsed), claimId });

describe("mastery of a set of cards", () => {
  it("counts never-studied cards as 0 in recall now and leaves suspended cards out", () => {
    const cards = [
      reviewCard(30, 30), // R 0.9, S 30: mastered
      reviewCard(10, 20), // R 0.8250286
      card({}),
      card({}),
      card({ suspended: true, state: State.Review, stability: 50, lastReview: daysAgo(1) }),
    ];
    const figures = masteryOf(cards, options);
    expect(figures.cards).toBe(4);
    expect(figures.studied).toBe(2);
    expect(figures.coverage).toBe(0.5);
    expect(figures.mastered).toBe(1);
    expect(figures.estimatedKnowledge).toBeCloseTo(0.9 + 0.8250286, 6);
    expect(figures.recallNow).toBeCloseTo((0.9 + 0.8250286) / 4, 6);
    expect(figures.byState).toEqual({ new: 2, learning: 0, review: 2, relearning: 0, suspended: 1 });
    expect(figures.lastStudied).toEqual(daysAgo(1));
    // Recall now 0.43: studied, under the familiar line.
    expect(figures.label).toBe("learning");
  });

  it("needs both R at the desired retention and 21 days of stability to call a card mastered", () => {
    const atRetentionButYoung = reviewCard(20, 20); // R 0.9, S 20
    const matureButFading = reviewCard(30, 31); // S 30, R just under 0.9
    const mastered = reviewCard(21, 10);
    expect(masteryOf([atRetentionButYoung, matureButFading, mastered], options).mastered).toBe(1);
  });

  it("gives an empty topic zeros and no label beyond not started", () => {
    const figures = masteryOf([], options);
    expect(figures).toMatchObject({ cards: 0, studied: 0, recallNow: 0, coverage: 0, label: "not started" });
  });
});

describe("weakest claims", () => {
  it("ranks claims by the mean R of their studied cards, lowest first", () => {
    const cards = [
      reviewCard(10, 10, "steady"), // 0.9
      reviewCard(10, 20, "fading"), // 0.8250
      reviewCard(10, 10, "fading"), // 0.9
      reviewCard(10, 30, "weak"), // 0.7661
      card({ claimId: "unseen" }),
    ];
    const weakest = weakestClaims(cards, options, 2);
    expect(weakest.map((claim) => claim.claimId)).toEqual(["weak", "fading"]);
    expect(weakest[1].recall).toBeCloseTo((0.8250286 + 0.9) / 2, 6);
    expect(weakest[1].studiedCards).toBe(2);
  });
});
