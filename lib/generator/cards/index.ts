/**
 * Card templates. Over-generate from every wording of a claim, score each
 * card, and keep the best few per claim with a mix of types (select.ts).
 */
import { wordingOf, type Candidate, type CardContext } from "./candidate";
import { clozeCards } from "./cloze";
import { multipleChoiceCard } from "./multiple-choice";
import { questionCard } from "./question";
import { referenceCard } from "./reference";
import { topicCard } from "./topic";

export { stableKey, type Candidate, type CardContext } from "./candidate";
export { gapsOf, type Gap } from "./gaps";
export { DEFAULT_CARDS_PER_CLAIM, selectCards } from "./select";

/** Every card the templates can make for one claim, good and bad, with scores. */
export function candidateCards(context: CardContext, distractorPool: string[]): Candidate[] {
  const cards: Candidate[] = [];
  context.group.sentences.forEach((sentence, variantIndex) => {
    const wording = wordingOf(sentence, variantIndex);
    cards.push(...clozeCards(context, wording));
    const question = questionCard(context, wording);
    if (question) cards.push(question);
  });
  // The choice templates quote the claim's primary wording only.
  const primary = wordingOf(context.group.primary, 0);
  const choices = [
    multipleChoiceCard(context, primary, distractorPool),
    topicCard(context, primary),
    referenceCard(context, primary),
  ];
  for (const card of choices) if (card) cards.push(card);
  return cards;
}
