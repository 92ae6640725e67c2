/**
 * Card templates. Over-generate knowledge cards from every statement of a
 * claim, score each with the ranker, and keep the good ones (select.ts).
 */
import { isPureEvaluation } from "../discourse";
import { taggedTokens } from "../nlp";
import type { Sentence } from "../sentences";
import { spellOutAcronyms } from "./acronyms";
import { namingSection, titleSubject, withArticleContext } from "./article-context";
import { wordingOf, type Candidate, type CardContext } from "./candidate";
import { answeredByTitle, hasTermOfTheField, isCommonAnswer, knowledgeCards, type ShapedCandidate } from "./knowledge";
import { numericChoiceCard } from "./multiple-choice";
import { questionCard } from "./question";
import { cardQuality } from "./ranker";

export { stableKey, type Candidate, type CardContext } from "./candidate";
export { gapsOf, type Gap } from "./gaps";
export { DEFAULT_CARDS_PER_CLAIM, selectCards } from "./select";

/** Why a statement of a claim has no candidate card. */
export type StatementOutcome = "evaluation" | "no-shape" | "candidates";

export interface ClaimCandidates {
  cards: Candidate[];
  outcomes: Map<Sentence, StatementOutcome>;
}

/** "Plating is favoured by…" after "…causes lithium plating": the answer is the fuller name the article used. */
function withFullName(question: Candidate | null, previous: Sentence | null): Candidate | null {
  if (!question || !previous || !/^[A-Za-z-]+$/.test(question.answer)) return question;
  const word = question.answer.toLowerCase();
  const tokens = taggedTokens(previous.text);
  const at = tokens.findIndex((t, i) => i > 0 && t.word === word);
  const modifier = at > 0 ? tokens[at - 1] : null;
  if (!modifier || !["NOUN", "ADJ", "PROPN"].includes(modifier.tag) || /s$/.test(modifier.word)) return question;
  // "double-strand break": the whole hyphenated modifier.
  let from = at - 1;
  while (from >= 2 && tokens[from - 1].word === "-" && tokens[from - 1].start === tokens[from - 2].end) from -= 2;
  return { ...question, answer: previous.text.slice(tokens[from].start, tokens[at].end) };
}

const ORGANISATION =
  /\b(?:agency|laborator(?:y|ies)|department|office|service|council|administration|organi[sz]ation|institute|commission|committee|board|ministry|government|authority|university|society)\b/i;

/** Every card the templates can make for one claim, good and bad, with scores. */
export function candidateCards(context: CardContext, numberPool: string[]): ClaimCandidates {
  const cards: Candidate[] = [];
  const outcomes = new Map<Sentence, StatementOutcome>();
  context.group.sentences.forEach((sentence, variantIndex) => {
    const wording = wordingOf(
      sentence,
      variantIndex,
      context.previousOf?.(sentence) ?? null,
      context.topic.term,
      context.title,
      context.earlierInSection?.(sentence),
    );
    if (isPureEvaluation(wording.text)) {
      outcomes.set(sentence, "evaluation");
      return;
    }
    const made: ShapedCandidate[] = knowledgeCards(context, wording);
    const question = withFullName(questionCard(context, wording), context.previousOf?.(sentence) ?? null);
    const commonAnswer = question && isCommonAnswer(question.answer, context.commonWords);
    // "This contrast led Dickens to…" → "Contrast": the pointer's noun names nothing of its own.
    const pointerNoun = question && wording.resolvedPointer && !/\s/.test(question.answer);
    // "What damaged the protective scale…?" → "More corrosive water", "What set the goal at zero?" → the
    // agency: a subject of everyday words, or a body that acted, is no term a student learns by its deeds.
    const askable =
      !!question &&
      hasTermOfTheField(question.answer.charAt(0).toLowerCase() + question.answer.slice(1)) &&
      !ORGANISATION.test(question.answer);
    if (question && !wording.unresolved && !commonAnswer && !pointerNoun)
      made.push({
        ...question,
        shape: "term",
        rejected: question.rejected ?? (askable ? undefined : "the subject is no term to ask back"),
      });
    for (const card of [...made]) {
      if (card.shape !== "number") continue;
      const choice = numericChoiceCard(context, card, numberPool);
      if (choice) made.push({ ...choice, shape: "number" });
    }
    for (const card of made)
      if (!card.rejected && answeredByTitle(card.answer, context.title)) card.rejected = "the title gives the answer";
    // A noun-phrase blank is the weakest shape (often guessed from the rest of the sentence): only as a last resort.
    if (made.some((card) => card.shape !== "phrase" && !card.rejected))
      made.splice(0, made.length, ...made.filter((card) => card.shape !== "phrase"));
    outcomes.set(sentence, made.some((card) => !card.rejected) ? "candidates" : "no-shape");
    for (const card of made) {
      const quality = cardQuality({ ...card, sentence: sentence.text }) - wording.penalty * 0.2;
      const spelled = spellOutAcronyms(card.prompt, card.answer, context.acronyms);
      const subject =
        namingSection(card.source.section, context.names) ?? context.subject ?? titleSubject(context.title);
      const prompt = withArticleContext(spelled, card.answer, subject, context.topic.term);
      cards.push({ ...card, prompt, quality: Math.round(quality * 1000) / 1000 });
    }
  });
  return { cards, outcomes };
}
