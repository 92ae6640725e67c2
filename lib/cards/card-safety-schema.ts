import { z } from "zod";
import { MAX_CARD_ANSWER_LENGTH, MAX_CARD_ID_LENGTH, MAX_CARD_PROMPT_LENGTH, MAX_FLAG_NOTE_LENGTH } from "../limits";
import { FLAG_REASON_CODES } from "./flag-reasons";

// Ids travel in the body, not the path: Next.js answers a path segment that is not valid
// percent-encoded UTF-8 with a 500 before any handler runs (vercel/next.js#92527).
const cardId = z
  .string({ error: "Say which card." })
  .min(1, { error: "Say which card." })
  .max(MAX_CARD_ID_LENGTH, { error: "That card id is too long." });

export const cardRequestSchema = z.object({ cardId }, { error: "Send the card as a JSON object." });

export const cardEditSchema = z.object(
  {
    cardId,
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
  { cardId, suspended: z.boolean({ error: "Say whether the card is suspended: true or false." }) },
  { error: "Send the suspension as a JSON object." },
);

export const cardFlagSchema = z.object(
  {
    cardId,
    reason: z.enum(FLAG_REASON_CODES, { error: "Choose why the card is bad." }),
    note: z
      .string({ error: "The note must be text." })
      .max(MAX_FLAG_NOTE_LENGTH, { error: `A note can be ${MAX_FLAG_NOTE_LENGTH} characters at most.` })
      .default(""),
  },
  { error: "Send the flag as a JSON object with a reason." },
);

export type CardEditInput = Omit<z.infer<typeof cardEditSchema>, "cardId">;
export type CardFlagInput = Omit<z.infer<typeof cardFlagSchema>, "cardId">;
