/**
 * How ready a student is for an exam: each covered card's recall at exam time on the FSRS-6 forgetting
 * curve, R(t_exam − t_last, S), with the user's weights; a card never studied counts 0.
 */
import { forgettingCurveFor, retrievabilityAt } from "../progress/retrievability";
import type { ExamCard } from "./types";

export interface TopicReadiness {
  topicId: string;
  predictedScore: number;
  cardCount: number;
  belowTarget: number;
}

export interface Readiness {
  /** Mean predicted recall at exam time over the covered cards. */
  predictedScore: number;
  cardCount: number;
  /** Covered cards whose predicted recall at exam time is below the target. */
  belowTarget: number;
  topics: TopicReadiness[];
}

export function predictedRecallAtExam(card: ExamCard, examAt: Date, fsrsWeights: readonly number[]): number {
  return retrievabilityAt(forgettingCurveFor(fsrsWeights), card, examAt);
}

export function examReadiness(
  cards: readonly ExamCard[],
  examAt: Date,
  fsrsWeights: readonly number[],
  targetRecall: number,
): Readiness {
  const curve = forgettingCurveFor(fsrsWeights);
  const topics = new Map<string, { sum: number; cardCount: number; belowTarget: number }>();
  let sum = 0;
  let belowTarget = 0;
  for (const card of cards) {
    const recall = retrievabilityAt(curve, card, examAt);
    const below = recall < targetRecall ? 1 : 0;
    sum += recall;
    belowTarget += below;
    const topic = topics.get(card.topicId) ?? { sum: 0, cardCount: 0, belowTarget: 0 };
    topic.sum += recall;
    topic.cardCount += 1;
    topic.belowTarget += below;
    topics.set(card.topicId, topic);
  }
  return {
    predictedScore: cards.length === 0 ? 0 : sum / cards.length,
    cardCount: cards.length,
    belowTarget,
    topics: [...topics].map(([topicId, topic]) => ({
      topicId,
      predictedScore: topic.sum / topic.cardCount,
      cardCount: topic.cardCount,
      belowTarget: topic.belowTarget,
    })),
  };
}
