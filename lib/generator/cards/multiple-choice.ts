/** Multiple-choice cards: the primary sentence with one phrase blanked, and key phrases of other claims as options. */
import { normaliseTerm } from "../text";
import { candidate, TYPE_BASE_SCORE, type Candidate, type CardContext, type Wording } from "./candidate";
import { clozeAt } from "./cloze";
import { gapsOf } from "./gaps";
import { distractorsFor, optionForm, shuffled } from "./options";

const DISTRACTORS = 3;

/** Null without a gap besides the topic term (the topic card asks for that) or without enough distractors. */
export function multipleChoiceCard(context: CardContext, primary: Wording, distractorPool: string[]): Candidate | null {
  const { claimId } = context;
  const choiceGap = gapsOf(primary.text, context).find((gap) => gap.score < 1);
  if (!choiceGap) return null;
  const cloze = clozeAt(primary.text, choiceGap, context.acronyms);
  const distractors = distractorsFor(choiceGap.surface, distractorPool, claimId, DISTRACTORS);
  if (distractors.length < DISTRACTORS) return null;
  const answer = optionForm(choiceGap.surface);
  const options = shuffled([answer, ...distractors], claimId);
  const content = { prompt: cloze.prompt, answer, options, source: primary.source };
  const quality = TYPE_BASE_SCORE.MULTIPLE_CHOICE - primary.penalty;
  return candidate(context, "MULTIPLE_CHOICE", normaliseTerm(choiceGap.surface), content, quality);
}
