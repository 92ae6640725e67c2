import type { Db } from "../client";
import { isSafeText } from "../../text-safety";

/** What a review session is limited to, as the page names it. */
export interface ReviewScope {
  deck: { id: string; title: string; topicLabel: string } | null;
  topic: { id: string; name: string } | null;
  claim: { id: string; text: string } | null;
  /** Which id was given that is not the user's to study (or does not exist): the page says so. */
  refused: "deck" | "topic" | "claim" | null;
}

export interface ReviewScopeParams {
  deck?: string;
  topic?: string;
  claim?: string;
}

const studyableBy = (userId: string) => ({ OR: [{ ownerId: null }, { ownerId: userId }] });
const deckFields = { select: { id: true, title: true, topicLabel: true } } as const;

/** Only string ids without a NUL or a broken surrogate: anything else names nothing and would break the query. */
export function safeScopeParams(params: Record<string, unknown>): ReviewScopeParams {
  const safe: ReviewScopeParams = {};
  for (const key of ["deck", "topic", "claim"] as const) {
    const value = params[key];
    if (typeof value === "string" && isSafeText(value)) safe[key] = value;
  }
  return safe;
}

/** Resolves ?claim=, ?topic= or ?deck= (the narrowest wins) to a scope the user may study. */
export async function resolveReviewScope(db: Db, userId: string, params: ReviewScopeParams): Promise<ReviewScope> {
  const none: ReviewScope = { deck: null, topic: null, claim: null, refused: null };
  if (params.claim) {
    const claim = await db.prisma.claim.findFirst({
      where: { id: params.claim, deck: studyableBy(userId) },
      select: { id: true, text: true, topic: { select: { id: true, name: true } }, deck: deckFields },
    });
    if (!claim) return { ...none, refused: "claim" };
    return { deck: claim.deck, topic: claim.topic, claim: { id: claim.id, text: claim.text }, refused: null };
  }
  if (params.topic) {
    const topic = await db.prisma.topic.findFirst({
      where: { id: params.topic, deck: studyableBy(userId) },
      select: { id: true, name: true, deck: deckFields },
    });
    if (!topic) return { ...none, refused: "topic" };
    return { ...none, deck: topic.deck, topic: { id: topic.id, name: topic.name } };
  }
  if (params.deck) {
    const deck = await db.prisma.deck.findFirst({ where: { id: params.deck, ...studyableBy(userId) }, ...deckFields });
    return deck ? { ...none, deck } : { ...none, refused: "deck" };
  }
  return none;
}

/** The queue options for a scope: only its narrowest id. */
export function scopeQueueOptions(scope: ReviewScope) {
  if (scope.claim) return { claimId: scope.claim.id };
  if (scope.topic) return { topicId: scope.topic.id };
  return { deckId: scope.deck?.id ?? null };
}

/** The query string that reopens the same scope (for the sign-in return and the queue reload). */
export function scopeQuery(params: ReviewScopeParams): string {
  const query = new URLSearchParams();
  for (const key of ["deck", "topic", "claim"] as const) if (params[key]) query.set(key, params[key]);
  const text = query.toString();
  return text ? `?${text}` : "";
}
