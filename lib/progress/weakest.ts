/** The claims the student is closest to forgetting: lowest mean R over their studied cards. */
import { cardRecall, type CardProgressRow, type MasteryOptions } from "./mastery";

export interface WeakClaim {
  claimId: string;
  topicId: string;
  /** Mean R over the claim's studied, unsuspended cards. */
  recall: number;
  studiedCards: number;
}

export function weakestClaims(cards: readonly CardProgressRow[], options: MasteryOptions, limit = 10): WeakClaim[] {
  const claims = new Map<string, WeakClaim>();
  for (const card of cards) {
    if (card.suspended) continue;
    const recall = cardRecall(card, options);
    if (recall === null) continue;
    const claim = claims.get(card.claimId);
    if (claim) {
      claim.recall += recall;
      claim.studiedCards++;
    } else {
      claims.set(card.claimId, { claimId: card.claimId, topicId: card.topicId, recall, studiedCards: 1 });
    }
  }
  return [...claims.values()]
    .map((claim) => ({ ...claim, recall: claim.recall / claim.studiedCards }))
    .sort((a, b) => a.recall - b.recall || a.claimId.localeCompare(b.claimId))
    .slice(0, limit);
}
