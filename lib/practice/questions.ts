/**
 * A practice test's questions: cards drawn across an exam's topics, weighted toward weak ones,
 * each asked as multiple choice, a typed cloze, or "which <topic> does this claim belong to".
 * Every multiple-choice question has distinct options and its right answer among them.
 */
import { normaliseAnswer } from "./match";
import { shuffled, type Random } from "./random";

export type QuestionFormat = "multiple_choice" | "cloze" | "topic";

export interface PracticeCard {
  cardId: string;
  claimId: string;
  topicId: string;
  topicName: string;
  /** The card's template: CLOZE, QUESTION, MULTIPLE_CHOICE, TOPIC or REFERENCE. */
  type: string;
  prompt: string;
  answer: string;
  options: string[];
  claimText: string;
  /** Predicted recall now; 0 for a card never studied. */
  recall: number;
}

export interface QuestionDraft {
  cardId: string;
  format: QuestionFormat;
  prompt: string;
  options: string[];
  answer: string;
}

export const OPTIONS_PER_QUESTION = 4;
/** Typed answers longer than this are asked as multiple choice instead. */
const MAX_TYPED_ANSWER_LENGTH = 60;
/** Clozes go to the cards that can be typed; "which topic" next; multiple choice takes the rest. */
const FORMAT_PREFERENCE: QuestionFormat[] = ["cloze", "topic", "multiple_choice"];

/** Weight of a card in the draw: weak cards up to five times as likely as well-known ones. */
const weakness = (card: PracticeCard) => 1.25 - Math.min(1, Math.max(0, card.recall));

/**
 * `count` distinct cards, taken round the topics: each draw is from the topics that have given the
 * fewest cards so far, weighing a card by its weakness, and by a tenth when its claim already has a
 * question.
 */
export function drawPracticeCards(cards: readonly PracticeCard[], count: number, random: Random): PracticeCard[] {
  const left = [...cards];
  const perTopic = new Map<string, number>();
  const claims = new Set<string>();
  const picked: PracticeCard[] = [];
  while (picked.length < count && left.length > 0) {
    const fewest = Math.min(...left.map((card) => perTopic.get(card.topicId) ?? 0));
    const weights = left.map((card) =>
      (perTopic.get(card.topicId) ?? 0) > fewest ? 0 : weakness(card) * (claims.has(card.claimId) ? 0.1 : 1),
    );
    let target = random() * weights.reduce((sum, weight) => sum + weight, 0);
    let index = weights.findIndex((weight) => weight > 0);
    while (index < left.length - 1 && (target >= weights[index] || weights[index] === 0)) {
      if (weights[index] > 0) target -= weights[index];
      index++;
    }
    if (weights[index] === 0) index = weights.findLastIndex((weight) => weight > 0);
    const [card] = left.splice(index, 1);
    picked.push(card);
    perTopic.set(card.topicId, (perTopic.get(card.topicId) ?? 0) + 1);
    claims.add(card.claimId);
  }
  return picked;
}

/** Options in random order: the answer and up to three distractors, none equal to another once normalised. */
export function optionsWith(answer: string, candidates: readonly string[], random: Random): string[] {
  const seen = new Set([normaliseAnswer(answer)]);
  const distractors: string[] = [];
  for (const candidate of shuffled(candidates, random)) {
    const key = normaliseAnswer(candidate);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    distractors.push(candidate.trim());
    if (distractors.length === OPTIONS_PER_QUESTION - 1) break;
  }
  return shuffled([answer.trim(), ...distractors], random);
}

const hasBlank = (card: PracticeCard) => card.prompt.includes("_____");

function multipleChoice(card: PracticeCard, pool: readonly PracticeCard[], random: Random): QuestionDraft | null {
  // A generated multiple-choice or reference card brings its own options; others borrow answers of other claims.
  const own = card.type === "MULTIPLE_CHOICE" || card.type === "REFERENCE" ? card.options : [];
  const borrowed = pool
    .filter((other) => other.claimId !== card.claimId && other.type === card.type)
    .map((o) => o.answer);
  const options = optionsWith(card.answer, [...own, ...borrowed], random);
  if (options.length < 2) return null;
  return { cardId: card.cardId, format: "multiple_choice", prompt: card.prompt, options, answer: card.answer.trim() };
}

function cloze(card: PracticeCard): QuestionDraft | null {
  if (!(card.type === "CLOZE" || card.type === "QUESTION") || card.answer.length > MAX_TYPED_ANSWER_LENGTH) return null;
  if (card.type === "CLOZE" && !hasBlank(card)) return null;
  return { cardId: card.cardId, format: "cloze", prompt: card.prompt, options: [], answer: card.answer.trim() };
}

function topicQuestion(
  card: PracticeCard,
  topicNames: readonly string[],
  topicLabel: string,
  random: Random,
): QuestionDraft | null {
  const options = optionsWith(card.topicName, topicNames, random);
  if (options.length < 2) return null;
  return {
    cardId: card.cardId,
    format: "topic",
    prompt: `Which ${topicLabel} does this claim belong to? “${card.claimText}”`,
    options,
    answer: card.topicName.trim(),
  };
}

/**
 * The questions of a test: `count` cards drawn by `drawPracticeCards`, about a third asked as typed
 * clozes (by cards that can be), a third as "which topic", the rest as multiple choice, in random
 * order. A card that cannot be asked in its format takes the next one that works.
 * `topicNames` are all topics of the covered decks; the cards give each other distractors.
 */
export function buildPracticeQuestions(
  cards: readonly PracticeCard[],
  options: { count: number; topicNames: readonly string[]; topicLabel: string; random: Random },
): QuestionDraft[] {
  const { count, topicNames, topicLabel, random } = options;
  const drawn = drawPracticeCards(cards, count, random);
  const quota: Record<QuestionFormat, number> = {
    cloze: Math.round(drawn.length / 3),
    topic: Math.round(drawn.length / 3),
    multiple_choice: drawn.length,
  };
  const build = (card: PracticeCard, format: QuestionFormat) =>
    format === "cloze"
      ? cloze(card)
      : format === "topic"
        ? topicQuestion(card, topicNames, topicLabel, random)
        : multipleChoice(card, cards, random);
  const questions = drawn.map((card) => {
    for (const format of FORMAT_PREFERENCE) {
      if (quota[format] === 0) continue;
      const question = build(card, format);
      if (question) {
        quota[format]--;
        return question;
      }
    }
    for (const format of FORMAT_PREFERENCE) {
      const question = build(card, format);
      if (question) return question;
    }
    // One card alone, one topic alone, a long answer: asked as a typed answer all the same.
    return {
      cardId: card.cardId,
      format: "cloze" as const,
      prompt: card.prompt,
      options: [],
      answer: card.answer.trim(),
    };
  });
  return shuffled(questions, random);
}
