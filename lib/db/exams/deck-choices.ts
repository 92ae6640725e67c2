import type { Db } from "../client";

export interface DeckChoice {
  id: string;
  title: string;
  topicLabel: string;
  topics: { id: string; name: string }[];
}

/** The decks (and their topics) a student may cover with an exam: shared decks and their own. */
export function listDeckChoices(db: Db, userId: string): Promise<DeckChoice[]> {
  return db.prisma.deck.findMany({
    where: { OR: [{ ownerId: null }, { ownerId: userId }] },
    select: {
      id: true,
      title: true,
      topicLabel: true,
      topics: { select: { id: true, name: true }, orderBy: { position: "asc" } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}
