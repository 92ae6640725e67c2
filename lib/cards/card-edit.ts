import { AppError } from "../errors";
import type { CardEditInput } from "./card-safety-schema";

/** The gap a fill-the-gap prompt shows (the generator's BLANK). */
export const GAP = "_____";

/** A card as the student sees it now: generated, or as they last edited it. */
export interface EditableCard {
  type: string;
  prompt: string;
  answer: string;
  options: string[];
}

/** Runs of whitespace, line breaks included, read as one space: a card is one line of text. */
export const tidyCardText = (text: string) => text.replace(/\s+/g, " ").trim();

const sameText = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * The edit to store, or a 400 naming the field at fault. A fill-the-gap prompt keeps its gap, and
 * a multiple-choice answer may not repeat another option (the edited answer replaces the old
 * answer among the options).
 */
export function checkCardEdit(current: EditableCard, input: CardEditInput): { prompt: string; answer: string } {
  const prompt = tidyCardText(input.prompt);
  const answer = tidyCardText(input.answer);
  if (!prompt) throw new AppError(400, "The prompt can't be empty.", "prompt");
  if (!answer) throw new AppError(400, "The answer can't be empty.", "answer");
  if (current.prompt.includes(GAP) && !prompt.includes(GAP)) {
    throw new AppError(400, `Keep the gap (${GAP}) in a fill-the-gap prompt.`, "prompt");
  }
  if (current.type === "MULTIPLE_CHOICE") {
    const others = current.options.filter((option) => option !== current.answer);
    if (others.some((option) => sameText(option, answer))) {
      throw new AppError(400, "That answer is already one of the other options.", "answer");
    }
  }
  if (prompt === current.prompt && answer === current.answer) {
    throw new AppError(400, "Nothing changed: edit the prompt or the answer first.");
  }
  return { prompt, answer };
}
