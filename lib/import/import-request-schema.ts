import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../generator/input";

export const saveImportSchema = z.object({
  text: z
    .string({ error: "The article text is missing." })
    .min(1, { error: "The article text is empty." })
    .refine((text) => Buffer.byteLength(text, "utf8") <= MAX_ARTICLE_BYTES, { error: "The article is larger than 10 MB." }),
  title: z.string().trim().min(1, { error: "Give the deck a title." }).max(200, { error: "Keep the title under 200 characters." }),
  excludedCardKeys: z.array(z.string().max(64)).max(10_000).default([]),
  topicNames: z
    .record(z.string().max(200), z.string().trim().min(1, { error: "A topic name can't be empty." }).max(80, { error: "Keep topic names under 80 characters." }))
    .default({}),
});
