import { z } from "zod";
import {
  MAX_CARD_KEY_LENGTH,
  MAX_DECK_TITLE_LENGTH,
  MAX_EXCLUDED_CARDS,
  MAX_TOPIC_ID_LENGTH,
  MAX_TOPIC_NAME_LENGTH,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_LABEL,
} from "../limits";

const topicName = z
  .string({ error: "A topic name must be text." })
  .trim()
  .min(1, { error: "A topic name can't be empty." })
  .max(MAX_TOPIC_NAME_LENGTH, { error: `Keep topic names under ${MAX_TOPIC_NAME_LENGTH} characters.` });

export const saveImportSchema = z.object(
  {
    text: z
      .string({ error: "The article text is missing." })
      .min(1, { error: "The article text is empty." })
      .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_UPLOAD_BYTES, {
        error: `The article is larger than ${MAX_UPLOAD_LABEL}.`,
      }),
    title: z
      .string({ error: "Give the deck a title." })
      .trim()
      .min(1, { error: "Give the deck a title." })
      .max(MAX_DECK_TITLE_LENGTH, { error: `Keep the title under ${MAX_DECK_TITLE_LENGTH} characters.` }),
    excludedCardKeys: z
      .array(
        z.string({ error: "Unticked cards are named by their keys." }).max(MAX_CARD_KEY_LENGTH, {
          error: "Some unticked cards are not part of this article.",
        }),
        { error: "Send the unticked cards as a list of card keys." },
      )
      .max(MAX_EXCLUDED_CARDS, { error: "Too many cards are unticked." })
      .default([]),
    topicNames: z
      .record(z.string().max(MAX_TOPIC_ID_LENGTH), topicName, {
        error: (issue) =>
          issue.code === "invalid_key"
            ? "There is no such topic in this article."
            : "Send topic names as an object from topic id to name.",
      })
      .default({}),
  },
  { error: "Send the deck to save as a JSON object." },
);

export type SaveImportInput = z.infer<typeof saveImportSchema>;
