/**
 * Why a card is not worth learning: the card rubric's failure codes, with the words a student
 * reads. Imports nothing, so the review page and the server share it.
 */
export const FLAG_REASONS = [
  { code: "FILLER", label: "Blanks filler words", hint: "The answer is evaluative wording, not knowledge." },
  { code: "CONTEXT", label: "Missing context", hint: "The prompt does not carry enough context to answer." },
  { code: "TRIVIAL", label: "Too easy to guess", hint: "The prompt's wording gives the answer away." },
  { code: "LEAK", label: "Gives the answer away", hint: "The answer shows in the prompt or the options." },
  { code: "GRAMMAR", label: "Not grammatical", hint: "The prompt or answer does not read as a sentence." },
  { code: "AMBIGUOUS", label: "More than one right answer", hint: "Another answer would also be correct." },
  { code: "BADOPTIONS", label: "Bad options", hint: "The choices are implausible or not of one kind." },
  { code: "WRONG", label: "Wrong", hint: "The answer is not what the article says." },
] as const;

export type FlagReasonCode = (typeof FLAG_REASONS)[number]["code"];

export const FLAG_REASON_CODES = FLAG_REASONS.map((reason) => reason.code) as [FlagReasonCode, ...FlagReasonCode[]];

export function flagReasonLabel(code: string): string {
  return FLAG_REASONS.find((reason) => reason.code === code)?.label ?? code;
}
