import { describe, expect, it } from "vitest";
import { default_w } from "ts-fsrs";
import { State } from "../scheduling/fsrs";
import { examReadiness, predictedRecallAtExam } from "./readiness";
import type { ExamCard } from "./types";

const DAY = 86_400_000;
const examAt = new Date("2026-12-10T09:00:00Z");
// w20 = 0.5 gives F = 0.9^-2 - 1 = 0.2345679, checkable by hand.
const halfDecay = [...default_w.slice(0, 20), 0.5];

function card(topicId: string, stability: number, daysBeforeExam: number | null): ExamCard {
  return {
    cardId: `${topicId}-${stability}-${daysBeforeExam}`,
    topicId,
    state: daysBeforeExam === null ? State.New : State.Review,
    due: examAt,
    stability: daysBeforeExam === null ? 0 : stability,
    difficulty: daysBeforeExam === null ? 0 : 5,
    scheduledDays: 0,
    learningSteps: 0,
    reps: daysBeforeExam === null ? 0 : 3,
    lapses: 0,
    lastReview: daysBeforeExam === null ? null : new Date(examAt.getTime() - daysBeforeExam * DAY),
  };
}

describe("readiness at exam time", () => {
  it("is R(t_exam − t_last, S) on the user's forgetting curve", () => {
    // S = 10, 20 days before: (1 + 0.2345679 * 2)^-0.5 = 0.8250286
    expect(predictedRecallAtExam(card("a", 10, 20), examAt, halfDecay)).toBeCloseTo(0.8250286, 6);
    // R(S, S) = 0.9 whatever the weights.
    expect(predictedRecallAtExam(card("a", 7, 7), examAt, [])).toBeCloseTo(0.9, 10);
  });

  it("counts a card never studied as 0", () => {
    expect(predictedRecallAtExam(card("a", 0, null), examAt, [])).toBe(0);
  });

  it("averages over the covered cards, overall and per topic, and counts cards below target", () => {
    const cards = [card("a", 10, 20), card("a", 10, 10), card("b", 0, null), card("b", 30, 30)];
    const readiness = examReadiness(cards, examAt, halfDecay, 0.85);
    const a = (0.8250286 + 0.9) / 2;
    const b = (0 + 0.9) / 2;
    expect(readiness.cardCount).toBe(4);
    expect(readiness.predictedScore).toBeCloseTo((0.8250286 + 0.9 + 0 + 0.9) / 4, 6);
    expect(readiness.belowTarget).toBe(2);
    expect(readiness.topics).toEqual([
      { topicId: "a", predictedScore: expect.closeTo(a, 6), cardCount: 2, belowTarget: 1 },
      { topicId: "b", predictedScore: expect.closeTo(b, 6), cardCount: 2, belowTarget: 1 },
    ]);
  });

  it("is 0 with no cards rather than NaN", () => {
    expect(examReadiness([], examAt, [], 0.9)).toEqual({ predictedScore: 0, cardCount: 0, belowTarget: 0, topics: [] });
  });
});
