/**
 * One simulated cohort: every learner studies the same deck under each arm with the same seeds, the
 * same new-card introduction and the same daily budget; the exam is `examDay` days after the first
 * study day. Recall is measured at the exam and again 30 days later with no reviews in between, the
 * check that a policy did not just cram.
 */
import { allowanceFor, newCardCapacity } from "../budget";
import { introductionPlan } from "../introduction";
import { memoryModelFor, recallOn, type MemoryModel } from "../model";
import { examAware, finalPass, plainFsrs } from "./arms";
import { cardStreams, freshCards, meanTrueRecall, studyDays, type ReviewPolicy, type SimulatedDay } from "./engine";
import { learnerWeights } from "./learners";
import { mean, pairedDifference, type PairedInterval } from "./statistics";

export interface Scenario {
  learners: number;
  cards: number;
  topics: number;
  examDay: number;
  reviewsPerDay: number;
  seed: number;
}

export const ARM_NAMES = ["plain-fsrs-0.9", "plain-fsrs-matched-retention", "final-pass", "exam-aware"] as const;
export type ArmName = (typeof ARM_NAMES)[number];

export interface LearnerOutcome {
  reviews: number;
  recallAtExam: number;
  recallAt30DaysAfter: number;
  weakestTopicRecall: number;
  peakDailyReviews: number;
  desiredRetention?: number;
}

export interface ArmSummary {
  name: ArmName;
  reviews: number;
  meanRecallAtExam: number;
  diffToExamAware: PairedInterval;
  recallAt30DaysAfter: number;
  diffAt30DaysAfterToExamAware: PairedInterval;
  weakestTopicRecall: number;
  peakDailyReviews: number;
}

const AFTER_EXAM_DAYS = 30;

function simulatedDays(scenario: Scenario): SimulatedDay[] {
  const allowance = allowanceFor({ unit: "reviews", perDay: scenario.reviewsPerDay });
  const introductions = introductionPlan(
    scenario.cards,
    scenario.examDay,
    new Array<number>(scenario.examDay).fill(newCardCapacity(allowance)),
  );
  return introductions.map((newCards, day) => ({ reviewDay: day, studyDayStart: day, allowance, newCards }));
}

function weakestTopic(truth: MemoryModel, cards: ReturnType<typeof freshCards>, topics: number, day: number): number {
  const perTopic = Math.ceil(cards.length / topics);
  let weakest = 1;
  for (let topic = 0; topic < topics; topic++) {
    const members = cards.slice(topic * perTopic, (topic + 1) * perTopic);
    if (members.length === 0) continue;
    weakest = Math.min(weakest, mean(members.map((card) => recallOn(truth, card.truth, day))));
  }
  return weakest;
}

function runLearner(
  scenario: Scenario,
  learner: number,
  policyFor: (model: MemoryModel) => ReviewPolicy,
): LearnerOutcome {
  const learnerSeed = scenario.seed * 7919 + learner;
  const models = { believed: memoryModelFor([]), truth: memoryModelFor(learnerWeights(learnerSeed)) };
  const cards = freshCards(cardStreams(learnerSeed, scenario.cards));
  const perDay = studyDays(models, cards, simulatedDays(scenario), policyFor(models.believed));
  return {
    reviews: perDay.reduce((sum, count) => sum + count, 0),
    recallAtExam: meanTrueRecall(models, cards, scenario.examDay),
    recallAt30DaysAfter: meanTrueRecall(models, cards, scenario.examDay + AFTER_EXAM_DAYS),
    weakestTopicRecall: weakestTopic(models.truth, cards, scenario.topics, scenario.examDay),
    peakDailyReviews: Math.max(...perDay),
  };
}

/** Plain FSRS at the desired retention whose review count is closest to `reviews`, by bisection. */
function matchedRetention(scenario: Scenario, learner: number, reviews: number): LearnerOutcome {
  let low = 0.7;
  let high = 0.99;
  let best: LearnerOutcome | null = null;
  for (let step = 0; step < 12; step++) {
    const retention = (low + high) / 2;
    const outcome = {
      ...runLearner(scenario, learner, (model) => plainFsrs(model, retention)),
      desiredRetention: retention,
    };
    if (!best || Math.abs(outcome.reviews - reviews) < Math.abs(best.reviews - reviews)) best = outcome;
    if (outcome.reviews === reviews) break;
    if (outcome.reviews < reviews) low = retention;
    else high = retention;
  }
  return best!;
}

export function simulateLearner(scenario: Scenario, learner: number): Record<ArmName, LearnerOutcome> {
  const examAwareOutcome = runLearner(scenario, learner, (model) => examAware(model, scenario.examDay));
  return {
    "plain-fsrs-0.9": runLearner(scenario, learner, (model) => plainFsrs(model, 0.9)),
    "plain-fsrs-matched-retention": matchedRetention(scenario, learner, examAwareOutcome.reviews),
    "final-pass": runLearner(scenario, learner, (model) => finalPass(model, 0.9, scenario.examDay, scenario.examDay)),
    "exam-aware": examAwareOutcome,
  };
}

export function summarise(outcomes: readonly Record<ArmName, LearnerOutcome>[]): ArmSummary[] {
  const examAwareOutcomes = outcomes.map((outcome) => outcome["exam-aware"]);
  return ARM_NAMES.map((name) => {
    const arm = outcomes.map((outcome) => outcome[name]);
    return {
      name,
      reviews: mean(arm.map((outcome) => outcome.reviews)),
      meanRecallAtExam: mean(arm.map((outcome) => outcome.recallAtExam)),
      diffToExamAware: pairedDifference(
        arm.map((outcome, i) => outcome.recallAtExam - examAwareOutcomes[i].recallAtExam),
      ),
      recallAt30DaysAfter: mean(arm.map((outcome) => outcome.recallAt30DaysAfter)),
      diffAt30DaysAfterToExamAware: pairedDifference(
        arm.map((outcome, i) => outcome.recallAt30DaysAfter - examAwareOutcomes[i].recallAt30DaysAfter),
      ),
      weakestTopicRecall: mean(arm.map((outcome) => outcome.weakestTopicRecall)),
      peakDailyReviews: mean(arm.map((outcome) => outcome.peakDailyReviews)),
    };
  });
}

export function simulate(scenario: Scenario): ArmSummary[] {
  return summarise(Array.from({ length: scenario.learners }, (_, learner) => simulateLearner(scenario, learner)));
}
