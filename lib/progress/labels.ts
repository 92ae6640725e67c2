/** A plain word for how well a topic is known, derived from its numbers (thresholds in the README). */
export type MasteryLabel = "not started" | "learning" | "familiar" | "strong" | "mastered";

export const MASTERY_LABELS: readonly MasteryLabel[] = ["not started", "learning", "familiar", "strong", "mastered"];

/** Checked from the top: the first rule a topic meets names it. */
export const LABEL_THRESHOLDS = {
  /** mastered: this share of the topic's cards are mastered cards, and recall now is at least `strong`. */
  masteredShare: 0.9,
  /** strong: recall now at least this. */
  strong: 0.8,
  /** familiar: recall now at least this. */
  familiar: 0.5,
} as const;

export interface LabelInput {
  /** Live, unsuspended cards. */
  cards: number;
  studied: number;
  mastered: number;
  /** Mean R over the cards, unstudied ones counting 0. */
  recallNow: number;
}

export function masteryLabel({ cards, studied, mastered, recallNow }: LabelInput): MasteryLabel {
  if (studied === 0 || cards === 0) return "not started";
  if (mastered / cards >= LABEL_THRESHOLDS.masteredShare && recallNow >= LABEL_THRESHOLDS.strong) return "mastered";
  if (recallNow >= LABEL_THRESHOLDS.strong) return "strong";
  if (recallNow >= LABEL_THRESHOLDS.familiar) return "familiar";
  return "learning";
}
