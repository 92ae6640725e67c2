/** Reference cards: which reference supports the claim, among four from the article's list. */
import type { Reference } from "../structure";
import { candidate, TYPE_BASE_SCORE, type Candidate, type CardContext, type Wording } from "./candidate";
import { orderKey, shuffled } from "./options";

const MIN_REFERENCES = 4;
/** A prime step through the list, so the picks spread over it. */
const PICK_STEP = 7919;

export function referenceLabel(reference: Reference): string {
  return `${reference.title}${reference.year ? ` (${reference.year})` : ""}`;
}

/** Null when the claim cites nothing or the list is too short for three other options. */
export function referenceCard(context: CardContext, primary: Wording): Candidate | null {
  const { claimId, references } = context;
  const reference = references.get(context.group.refs[0]);
  if (!reference || references.size < MIN_REFERENCES) return null;
  const label = referenceLabel(reference);
  const all = [...references.values()];
  // Three other references, picked by a stable hash rather than by sorting the whole list.
  const others: string[] = [];
  for (let step = 0; others.length < 3 && step < all.length; step++) {
    const other = all[(orderKey(claimId, "reference") + step * PICK_STEP) % all.length];
    const text = referenceLabel(other);
    if (other.number !== reference.number && text !== label && !others.includes(text)) others.push(text);
  }
  const content = {
    prompt: `Which reference supports this claim? “${primary.text}”`,
    answer: label,
    options: shuffled([label, ...others], claimId),
    source: primary.source,
  };
  return candidate(context, "REFERENCE", "reference", content, TYPE_BASE_SCORE.REFERENCE - primary.penalty);
}
