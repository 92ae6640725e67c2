import { createHash } from "node:crypto";
import type { Db } from "./client";
import { upsertGeneratedDeck } from "./decks";
import type { GeneratedDeck } from "../generator/types";

export interface UserImport {
  ownerId: string;
  text: string;
  title: string;
  excludedCardKeys: string[];
  topicNames: Record<string, string>;
}

/** Saves a student's own deck; the same article imported again by the same student updates it. */
export async function saveUserDeck(db: Db, generated: GeneratedDeck, input: UserImport) {
  const digest = createHash("sha256").update(input.text).digest("hex").slice(0, 32);
  return upsertGeneratedDeck(db, generated, {
    ownerId: input.ownerId,
    sourceKey: `user:${input.ownerId}:${digest}`,
    title: input.title,
    excludedCardKeys: input.excludedCardKeys,
    topicNames: input.topicNames,
  });
}
