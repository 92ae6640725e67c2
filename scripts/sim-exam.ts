/**
 * npm run sim:exam [-- --json] [--learners N] [--exam-day D] [--reviews-per-day B] [--seed S]
 *
 * Seeded, deterministic simulation of exam preparation (docs/exam-scheduling.md): simulated students
 * study a 300-card deck under four policies with the same seeds, introductions and daily budget.
 * Without --exam-day it runs the 14-day and the 30-day scenario and prints a table for each; with
 * --json it prints one JSON document for one scenario (14 days unless --exam-day says otherwise).
 */
import { parseArgs } from "node:util";
import { simulate, type ArmSummary, type Scenario } from "../lib/exam/simulation/scenario";

/** Daily budget per scenario: below what plain FSRS at 0.9 would like on its busiest days. */
const DEFAULT_REVIEWS_PER_DAY: Record<number, number> = { 14: 60, 30: 30 };

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    learners: { type: "string", default: "200" },
    cards: { type: "string", default: "300" },
    "exam-day": { type: "string" },
    "reviews-per-day": { type: "string" },
    seed: { type: "string", default: "1" },
  },
});

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

function scenarioFor(examDay: number): Scenario {
  return {
    learners: positiveInteger("learners", values.learners),
    cards: positiveInteger("cards", values.cards),
    topics: 10,
    examDay,
    reviewsPerDay: values["reviews-per-day"]
      ? positiveInteger("reviews-per-day", values["reviews-per-day"])
      : (DEFAULT_REVIEWS_PER_DAY[examDay] ?? Math.ceil((positiveInteger("cards", values.cards) * 3) / examDay)),
    seed: positiveInteger("seed", values.seed),
  };
}

const round = (value: number, digits = 4) => Number(value.toFixed(digits));

function jsonDocument(scenario: Scenario, arms: ArmSummary[]) {
  return {
    learners: scenario.learners,
    cards: scenario.cards,
    examDay: scenario.examDay,
    reviewsPerDay: scenario.reviewsPerDay,
    seed: scenario.seed,
    arms: arms.map((arm) => ({
      name: arm.name,
      reviews: round(arm.reviews, 1),
      meanRecallAtExam: round(arm.meanRecallAtExam),
      diffToExamAware: { mean: round(arm.diffToExamAware.mean), ci95: arm.diffToExamAware.ci95.map((x) => round(x)) },
      recallAt30DaysAfter: round(arm.recallAt30DaysAfter),
      diffAt30DaysAfterToExamAware: {
        mean: round(arm.diffAt30DaysAfterToExamAware.mean),
        ci95: arm.diffAt30DaysAfterToExamAware.ci95.map((x) => round(x)),
      },
      weakestTopicRecall: round(arm.weakestTopicRecall),
      peakDailyReviews: round(arm.peakDailyReviews, 1),
    })),
  };
}

function table(scenario: Scenario, arms: ArmSummary[]): string {
  const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
  const points = ({ mean, ci95 }: ArmSummary["diffToExamAware"]) =>
    `${(mean * 100).toFixed(2)} [${(ci95[0] * 100).toFixed(2)}, ${(ci95[1] * 100).toFixed(2)}]`;
  const header = `| arm | reviews | recall at exam | vs exam-aware (points, 95% CI) | recall 30 d after | weakest ${"topic"} | peak reviews/day |`;
  const rows = arms.map(
    (arm) =>
      `| ${arm.name} | ${arm.reviews.toFixed(0)} | ${percent(arm.meanRecallAtExam)} | ${points(arm.diffToExamAware)} | ${percent(arm.recallAt30DaysAfter)} | ${percent(arm.weakestTopicRecall)} | ${arm.peakDailyReviews.toFixed(1)} |`,
  );
  return [
    `Exam on day ${scenario.examDay}: ${scenario.learners} learners, ${scenario.cards} cards, ${scenario.reviewsPerDay} reviews/day, seed ${scenario.seed}`,
    "",
    header,
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

if (values.json) {
  const scenario = scenarioFor(values["exam-day"] ? positiveInteger("exam-day", values["exam-day"]) : 14);
  console.log(JSON.stringify(jsonDocument(scenario, simulate(scenario)), null, 2));
} else {
  const examDays = values["exam-day"] ? [positiveInteger("exam-day", values["exam-day"])] : [14, 30];
  for (const examDay of examDays) {
    const scenario = scenarioFor(examDay);
    console.log(table(scenario, simulate(scenario)) + "\n");
  }
}
