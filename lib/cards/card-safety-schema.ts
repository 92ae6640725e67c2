import { z } from "zod";
import { MAX_CARD_ANSWER_LENGTH, MAX_CARD_PROMPT_LENGTH, MAX_FLAG_NOTE_LENGTH } from "../limits";
import { FLAG_REASON_CODES } from "./flag-reasons";

export const cardEditSchema = z.object(
  {
    prompt: z
      .string({ error: "Write the card's prompt." })
      .max(MAX_CARD_PROMPT_LENGTH, { error: `A prompt can be ${MAX_CARD_PROMPT_LENGTH} characters at most.` }),
    answer: z
      .string({ error: "Write the card's answer." })
      .max(MAX_CARD_ANSWER_LENGTH, { error: `An answer can be ${MAX_CARD_ANSWER_LENGTH} characters at most.` }),
  },
  { error: "Send the edit as a JSON object with a prompt and an answer." },
);

export const cardSuspensionSchema = z.object(
  { suspended: z.boolean({ error: "Say whether the card is suspended: true or false." }) },
  { error: "Send the suspension as a JSON object." },
);

export const cardFlagSchema = z.object(
  {
    reason: z.enum(FLAG_REASON_CODES, { error: "Choose why the card is bad." }),
    note: z
      .string({ error: "The note must be text." })
      .max(MAX_FLAG_NOTE_LENGTH, { error: `A note can be ${MAX_FLAG_NOTE_LENGTH} characters at most.` })
      .default(""),
  },
  { error: "Send the flag as a JSON object with a reason." },
);

export type CardEditInput = z.infer<typeof cardEditSchema>;
export type CardFlagInput = z.infer<typeof cardFlagSchema>;
