import { describe, expect, it } from "vitest";
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card } from "ts-fsrs";
import { forgetting_curve, default_w } from "ts-fsrs";
import { reviewGain, stabilityAfter } from "./gain";
import { memoryModelFor, toDay, type CardMemory } from "./model";

const DAY = 86_400_000;
const model = memoryModelFor([]);
const lastReview = new Date("2026-12-01T10:00:00Z");
const memory: CardMemory = { stability: 4, difficulty: 6, lastReviewDay: toDay(lastReview) };
const now = new Date(lastReview.getTime() + 3 * DAY);
const examAt = new Date(lastReview.getTime() + 10 * DAY);

/** The card ts-fsrs itself would hold after three days at S = 4, D = 6. */
function reviewCard(): Card {
  return {
    ...createEmptyCard(lastReview),
    state: 2,
    stability: 4,
    difficulty: 6,
    reps: 3,
    scheduled_days: 4,
    last_review: lastReview,
    due: new Date(lastReview.getTime() + 4 * DAY),
  };
}

describe("the gain of a review now", () => {
  it("takes S_fail and S_g from ts-fsrs's own scheduling of the card", () => {
    const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: false }));
    const preview = scheduler.repeat(reviewCard(), now);
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      expect(stabilityAfter(model, memory, toDay(now), rating)).toBeCloseTo(preview[rating].card.stability, 6);
    }
  });

  it("is the expected recall at exam time with the review minus the recall without it", () => {
    const nowDay = toDay(now);
    const examDay = toDay(examAt);
    const recallNow = forgetting_curve(default_w, 3, 4);
    const untilExam = examDay - nowDay;
    const S = (rating: Rating) => stabilityAfter(model, memory, nowDay, rating);
    const expected =
      (1 - recallNow) * forgetting_curve(default_w, untilExam, S(Rating.Again)) +
      recallNow *
        (0.224 * forgetting_curve(default_w, untilExam, S(Rating.Hard)) +
          0.631 * forgetting_curve(default_w, untilExam, S(Rating.Good)) +
          0.145 * forgetting_curve(default_w, untilExam, S(Rating.Easy)));
    const without = forgetting_curve(default_w, 10, 4);
    const gain = reviewGain(model, memory, nowDay, examDay);
    expect(gain.recallNow).toBeCloseTo(recallNow, 7);
    expect(gain.recallAtExamWithout).toBeCloseTo(without, 7);
    expect(gain.recallAtExamWith).toBeCloseTo(expected, 7);
    expect(gain.gain).toBeCloseTo(expected - without, 7);
    expect(gain.gain).toBeGreaterThan(0);
  });

  it("grows as the card fades: a card about to be forgotten gains more than a fresh one", () => {
    const examDay = toDay(examAt);
    const fresh = reviewGain(model, { ...memory, lastReviewDay: toDay(now) - 0.5 }, toDay(now), examDay);
    const fading = reviewGain(model, { ...memory, lastReviewDay: toDay(now) - 8 }, toDay(now), examDay);
    expect(fading.gain).toBeGreaterThan(fresh.gain);
  });

  it("prices a review by its expected length: failures take longer", () => {
    const examDay = toDay(examAt);
    const fresh = reviewGain(model, { ...memory, lastReviewDay: toDay(now) - 0.5 }, toDay(now), examDay);
    const fading = reviewGain(model, { ...memory, lastReviewDay: toDay(now) - 30 }, toDay(now), examDay);
    expect(fading.expectedSeconds).toBeGreaterThan(fresh.expectedSeconds);
    expect(fresh.expectedSeconds).toBeGreaterThan(8.94);
    expect(fading.expectedSeconds).toBeLessThan(19.38);
  });
});
