import { describe, expect, it } from "vitest";
import { State } from "../scheduling/fsrs";
import { planToExam, todaysExamQueue } from "./plan";
import type { ExamCard, ExamContext } from "./types";

const DAY = 86_400_000;
const now = new Date("2026-12-01T10:00:00Z");

function deck(newCards: number, studied: number): ExamCard[] {
  const cards: ExamCard[] = [];
  for (let i = 0; i < studied; i++) {
    const daysAgo = 1 + (i % 9);
    cards.push({
      cardId: `studied-${i}`,
      topicId: `topic-${i % 5}`,
      state: State.Review,
      due: new Date(now.getTime() + DAY),
      stability: 1 + (i % 13),
      difficulty: 3 + (i % 6),
      scheduledDays: 3,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      lastReview: new Date(now.getTime() - daysAgo * DAY),
    });
  }
  for (let i = 0; i < newCards; i++) {
    cards.push({
      cardId: `new-${i}`,
      topicId: `topic-${i % 5}`,
      state: State.New,
      due: now,
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      lastReview: null,
    });
  }
  return cards;
}

function context(overrides: Partial<ExamContext> = {}): ExamContext {
  return {
    now,
    examAt: new Date(now.getTime() + 14 * DAY),
    targetRecall: 0.9,
    budget: { unit: "reviews", perDay: 60 },
    settings: { desiredRetention: 0.9, maximumInterval: 36500, fsrsWeights: [] },
    timeZone: "UTC",
    rolloverHour: 4,
    reviewsDoneToday: 0,
    ...overrides,
  };
}

describe("the plan to an exam", () => {
  const cards = deck(200, 100);

  it("is the same every time for the same data", () => {
    expect(planToExam(cards, context())).toEqual(planToExam(cards, context()));
  });

  it("has one entry per study day before the exam, and introduces every new card early", () => {
    const plan = planToExam(cards, context());
    expect(plan.days).toHaveLength(14);
    expect(plan.days.reduce((sum, day) => sum + day.newCards, 0)).toBe(200);
    expect(plan.days.slice(7).every((day) => day.newCards === 0)).toBe(true);
  });

  it("keeps the daily load even: the budget, every day, never more", () => {
    const plan = planToExam(cards, context());
    for (const day of plan.days) expect(day.reviews).toBeLessThanOrEqual(60);
    const loads = plan.days.map((day) => day.reviews);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
  });

  it("projects a score above today's readiness and says whether it reaches the target", () => {
    const plan = planToExam(cards, context());
    expect(plan.projectedScore).toBeGreaterThan(0.8);
    expect(plan.projectedScore).toBeLessThanOrEqual(1);
    expect(plan.reachesTarget).toBe(plan.projectedScore >= 0.9);
  });

  it("names the smallest budget that would reach the target when this one does not", () => {
    const tight = context({ budget: { unit: "reviews", perDay: 25 }, targetRecall: 0.93 });
    const plan = planToExam(cards, tight);
    expect(plan.reachesTarget).toBe(false);
    expect(plan.budgetForTarget).not.toBeNull();
    expect(plan.budgetForTarget!).toBeGreaterThan(25);
    const followed = planToExam(cards, { ...tight, budget: { unit: "reviews", perDay: plan.budgetForTarget! } });
    expect(followed.reachesTarget).toBe(true);
  });

  it("says no budget reaches a target that the time left cannot", () => {
    const plan = planToExam(
      deck(100, 0),
      context({ examAt: new Date(now.getTime() + 20 * 3_600_000), targetRecall: 0.99 }),
    );
    expect(plan.days).toHaveLength(1);
    expect(plan.reachesTarget).toBe(false);
    expect(plan.budgetForTarget).toBeNull();
  });

  it("plans in minutes as well as in reviews", () => {
    const plan = planToExam(cards, context({ budget: { unit: "minutes", perDay: 10 } }));
    for (const day of plan.days) expect(day.reviews).toBeLessThanOrEqual(Math.ceil((10 * 60) / 8.94));
    expect(plan.days[0].reviews).toBeGreaterThan(20);
  });
});

describe("today's exam queue", () => {
  const cards = deck(200, 100);

  it("starts with today's share of new cards, then the best reviews, within the budget", () => {
    const queue = todaysExamQueue(cards, context());
    const plan = planToExam(cards, context());
    expect(queue).toHaveLength(60);
    expect(queue.slice(0, plan.days[0].newCards).every((id) => id.startsWith("new-"))).toBe(true);
    expect(queue.slice(plan.days[0].newCards).every((id) => id.startsWith("studied-"))).toBe(true);
    expect(new Set(queue).size).toBe(queue.length);
  });

  it("hands out only what is left of today's budget", () => {
    const queue = todaysExamQueue(cards, context({ reviewsDoneToday: 50, newCardsIntroducedToday: 20 }));
    expect(queue).toHaveLength(10);
  });

  it("does not hand out today's new cards twice", () => {
    const fresh = todaysExamQueue(cards, context());
    const share = fresh.filter((id) => id.startsWith("new-")).length;
    const later = todaysExamQueue(deck(200 - 10, 100), context({ reviewsDoneToday: 10, newCardsIntroducedToday: 10 }));
    expect(later.filter((id) => id.startsWith("new-")).length).toBe(share - 10);
  });

  it("is empty once the day's budget is spent", () => {
    expect(todaysExamQueue(cards, context({ reviewsDoneToday: 60 }))).toEqual([]);
  });
});
