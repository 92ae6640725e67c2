/**
 * The ranker: a logistic score over features of the finished card alone
 * (type, prompt, answer, source sentence), fit on the hand-labelled cards in
 * tests/fixtures/labels by `npm run ranker:fit`. A card's quality is the
 * predicted chance that a strict tutor keeps it.
 */
import { EVALUATIVE } from "../discourse";
import { taggedTokens } from "../nlp";
import { FUNCTION_WORDS } from "../text";
import type { GeneratedCardType } from "../types";
import weights from "./ranker-weights.json";

export interface RankedCardInput {
  type: GeneratedCardType;
  prompt: string;
  answer: string;
  options?: string[];
  sentence: string;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Feature names in the order of the weight vector; the first is the bias. */
export const FEATURES = [
  "bias",
  "list",
  "number",
  "definitionForward",
  "definitionReverse",
  "subjectQuestion",
  "choice",
  "cloze",
  "answerWords",
  "longAnswer",
  "promptWords",
  "pointer",
  "evaluativeShare",
  "labelled",
  "pronounAnswer",
  "manyBlanks",
  "sentenceWords",
  "answerOneWord",
  "copulaQuestion",
  "promptEvaluativeShare",
  "labelledPointer",
  "quotedBlank",
  "innerPointer",
  "answerEcho",
  "blankFirst",
  "answerEndsVerb",
  "listItems",
  "relationBlank",
  "genericHead",
  "namedSubject",
] as const;

/** A blank right after a cause, effect or purpose cue: "allows cells to _____", "because _____". */
const RELATION_BEFORE_BLANK =
  /\b(?:to|because|through|(?:stems?|arises?|results?|comes?) from|causes|cause|allows?|enables?|including|like|as|via|into|encompass|involve|include)\s+_____/i;

const STOP = FUNCTION_WORDS;
const contentWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map((w) => w.replace(/s$/, ""));

/** The share of the answer's words that the prompt already shows ("Which heatwaves…?" → marine heatwaves). */
function answerEcho(answer: string, prompt: string): number {
  const words = contentWords(answer);
  if (words.length === 0) return 1;
  const shown = new Set(contentWords(prompt.replace(/_____/g, " ")));
  return words.filter((w) => shown.has(w)).length / words.length;
}

/** "infectious-disease physician reviews": a blank that swallowed the next verb. */
function endsWithVerb(answer: string): boolean {
  const tokens = taggedTokens(answer);
  const last = tokens[tokens.length - 1];
  return !!last && tokens.length > 1 && (last.tag === "VERB" || last.tag === "AUX");
}

/** Three tenths of the labelled cards, chosen, by a hash of the prompt, is held out from fitting. */
export function isHeldOut(prompt: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < prompt.length; i++) {
    hash ^= prompt.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 10 < 3;
}

export function cardFeatures(card: RankedCardInput): number[] {
  const answerWords = words(card.answer);
  const lowered = answerWords.map((w) => w.toLowerCase().replace(/[^a-z-]/g, ""));
  const prompt = card.prompt.replace(/^[^:“]{1,60}:\s/, "");
  const promptWords = words(card.prompt).map((w) => w.toLowerCase().replace(/[^a-z-]/g, ""));
  const isList = card.type === "CLOZE" && / (?:items|reasons|things)\)/.test(card.prompt);
  // "Why are RNNs slow to train?" asks a cause, as "… because _____" does.
  const asksCause = RELATION_BEFORE_BLANK.test(card.prompt) || (card.type === "QUESTION" && /^Why /.test(prompt));
  const isNumber = /^\d/.test(card.answer) && card.type !== "QUESTION";
  // After any heading ("The Hanseatic League: What is the cog?").
  const definitionForward = card.type === "QUESTION" && /^What (is|are) |^What happens in /.test(prompt);
  const definitionReverse =
    card.type === "QUESTION" && /^(?:Which term is defined as|What is it called when)/.test(prompt);
  const subjectQuestion = card.type === "QUESTION" && !definitionForward && !definitionReverse && !asksCause;
  return [
    1,
    isList ? 1 : 0,
    isNumber ? 1 : 0,
    definitionForward ? 1 : 0,
    definitionReverse ? 1 : 0,
    subjectQuestion ? 1 : 0,
    card.options ? 1 : 0,
    card.type === "CLOZE" && !isList && !isNumber ? 1 : 0,
    Math.min(answerWords.length, 20) / 10,
    answerWords.length > 12 ? 1 : 0,
    Math.min(words(card.prompt).length, 60) / 30,
    /^(this|these|those|they|it|its|such|their)\b/i.test(prompt) ? 1 : 0,
    lowered.filter((w) => EVALUATIVE.has(w)).length / Math.max(1, lowered.length),
    prompt !== card.prompt ? 1 : 0,
    /^(them|their|it|they|this|these)\b/i.test(card.answer) ? 1 : 0,
    (card.prompt.match(/_____/g) ?? []).length > 1 ? 1 : 0,
    Math.min(words(card.sentence).length, 60) / 30,
    answerWords.length === 1 ? 1 : 0,
    card.type === "QUESTION" && /^What (is|are) (a|an|the)\b/.test(card.prompt) ? 1 : 0,
    promptWords.filter((w) => EVALUATIVE.has(w)).length / Math.max(1, promptWords.length),
    prompt !== card.prompt && /^(this|these|those|they|it|such)\b/i.test(prompt) ? 1 : 0,
    /['‘"“]_____/.test(card.prompt) ? 1 : 0,
    /\b(them|they|it|its)\b|\b(this|these|those|such)\s+(?!as\b)\w+/i.test(prompt.slice(1)) ? 1 : 0,
    answerEcho(card.answer, card.prompt),
    /^_____/.test(prompt) ? 1 : 0,
    endsWithVerb(card.answer) ? 1 : 0,
    isList ? Math.min(card.answer.split(";").length, 5) / 5 : 0,
    asksCause ? 1 : 0,
    EVALUATIVE.has(lowered[lowered.length - 1] ?? "") ? 1 : 0,
    // "What compresses a large teacher model…?" → "Knowledge distillation": a named term the prompt does not show.
    subjectQuestion && answerWords.length >= 2 && answerEcho(card.answer, card.prompt) === 0 ? 1 : 0,
  ];
}

export function cardQuality(card: RankedCardInput): number {
  const features = cardFeatures(card);
  const w = weights.weights as number[];
  const z = features.reduce((sum, value, i) => sum + value * (w[i] ?? 0), 0);
  return 1 / (1 + Math.exp(-z));
}

/** Cards below this predicted quality are not kept. */
export const KEEP_QUALITY: number = weights.threshold;
