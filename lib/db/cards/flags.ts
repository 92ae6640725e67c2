import type { Db } from "../client";
import { AppError } from "../../errors";
import type { CardFlagInput } from "../../cards/card-safety-schema";
import { tidyCardText } from "../../cards/card-edit";
import type { FlaggedCardRow } from "../../cards/flags-export";
import { lockStudentCard } from "./edit";

/** Records (or replaces) the student's verdict that a card is bad. */
export async function flagCard(db: Db, userId: string, cardId: string, input: CardFlagInput) {
  const note = tidyCardText(input.note);
  return db.prisma.$transaction(async (tx) => {
    await lockStudentCard(tx, userId, cardId);
    const key = { userId_cardId: { userId, cardId } };
    const flag = await tx.cardFlag.upsert({
      where: key,
      create: { userId, cardId, reason: input.reason, note },
      update: { reason: input.reason, note },
      select: { reason: true, note: true, updatedAt: true },
    });
    return { cardId, ...flag };
  });
}

export async function unflagCard(db: Db, userId: string, cardId: string) {
  const { count } = await db.prisma.cardFlag.deleteMany({ where: { userId, cardId } });
  if (count === 0) throw new AppError(404, "You have not flagged that card.");
}

/** One card of a deck the student has flagged, suspended or edited, as generated and as they see it. */
export interface CardNeedingCare extends FlaggedCardRow {
  cardId: string;
  suspended: boolean;
  edit: { prompt: string; answer: string; edits: number } | null;
}

export interface DeckCare {
  deck: { id: string; title: string; articleTitle: string | null };
  cards: CardNeedingCare[];
}

/**
 * The cards of a deck the student has flagged, suspended or edited: the deck's flags page and its
 * export. Null when the deck is not one the student may study.
 */
export async function loadDeckCare(db: Db, userId: string, deckId: string): Promise<DeckCare | null> {
  const deck = await db.prisma.deck.findFirst({
    where: { id: deckId, OR: [{ ownerId: null }, { ownerId: userId }] },
    select: { id: true, title: true, article: { select: { title: true } } },
  });
  if (!deck) return null;
  const cards = await db.prisma.card.findMany({
    where: {
      deckId,
      OR: [
        { flags: { some: { userId } } },
        { states: { some: { userId, suspended: true } } },
        { overrides: { some: { userId } } },
      ],
    },
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      type: true,
      prompt: true,
      answer: true,
      options: true,
      sourceSection: true,
      sourceSentence: true,
      retiredAt: true,
      topic: { select: { name: true } },
      states: { where: { userId }, select: { suspended: true } },
      flags: { where: { userId }, select: { reason: true, note: true, updatedAt: true } },
      overrides: { where: { userId }, select: { prompt: true, answer: true } },
      _count: { select: { edits: { where: { userId } } } },
    },
  });
  return {
    deck: { id: deck.id, title: deck.title, articleTitle: deck.article?.title ?? null },
    cards: cards.map((card) => {
      const flag = card.flags[0];
      const override = card.overrides[0];
      return {
        cardId: card.id,
        key: card.key,
        type: card.type,
        prompt: card.prompt,
        answer: card.answer,
        options: card.options,
        sourceSection: card.sourceSection,
        sourceSentence: card.sourceSentence,
        topic: card.topic.name,
        retired: card.retiredAt !== null,
        suspended: card.states[0]?.suspended ?? false,
        flag: flag ? { reason: flag.reason, note: flag.note, flaggedAt: flag.updatedAt } : null,
        edit: override ? { ...override, edits: card._count.edits } : null,
      };
    }),
  };
}

export const deckNotFound = () => new AppError(404, "That deck is not one of yours.");
