import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../generator/input";

const topicName = z
  .string({ error: "A topic name must be text." })
  .trim()
  .min(1, { error: "A topic name can't be empty." })
  .max(80, { error: "Keep topic names under 80 characters." });

export const saveImportSchema = z.object(
  {
    text: z
      .string({ error: "The article text is missing." })
      .min(1, { error: "The article text is empty." })
      .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_ARTICLE_BYTES, {
        error: "The article is larger than 10 MB.",
      }),
    title: z
      .string({ error: "Give the deck a title." })
      .trim()
      .min(1, { error: "Give the deck a title." })
      .max(200, { error: "Keep the title under 200 characters." }),
    excludedCardKeys: z
      .array(
        z.string({ error: "Unticked cards are named by their keys." }).max(64, {
          error: "Some unticked cards are not part of this article.",
        }),
        { error: "Send the unticked cards as a list of card keys." },
      )
      .max(10_000, { error: "Too many cards are unticked." })
      .default([]),
    topicNames: z
      .record(z.string().max(200), topicName, {
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
