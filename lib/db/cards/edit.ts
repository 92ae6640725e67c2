import type { Db } from "../client";
import { checkCardEdit, type EditableCard } from "../../cards/card-edit";
import type { CardEditInput } from "../../cards/card-safety-schema";
import { cardNotFound } from "../../review/errors";

type Tx = Parameters<Parameters<Db["prisma"]["$transaction"]>[0]>[0];

/** Locks the student's state of the card, which exists only for cards they may study; 404 otherwise. */
export async function lockStudentCard(tx: Tx, userId: string, cardId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${cardId} FOR UPDATE`;
  if (rows.length === 0) throw cardNotFound();
}

/**
 * Stores a student's edit of a card's prompt and answer as their own override, and records it
 * in the card's edit history. The card's scheduling state and review logs are not touched: an
 * edit corrects the wording, the memory of the fact stays. An edit back to the generated wording
 * drops the override (the history keeps both steps).
 */
export async function editCard(db: Db, userId: string, cardId: string, input: CardEditInput) {
  return db.prisma.$transaction(async (tx) => {
    await lockStudentCard(tx, userId, cardId);
    const card = await tx.card.findUniqueOrThrow({
      where: { id: cardId },
      select: { type: true, prompt: true, answer: true, options: true, overrides: { where: { userId } } },
    });
    const override = card.overrides[0];
    const current: EditableCard = override
      ? { ...card, prompt: override.prompt, answer: override.answer, options: withAnswer(card, override.answer) }
      : card;
    const next = checkCardEdit(current, input);
    const key = { userId_cardId: { userId, cardId } };
    const restored = next.prompt === card.prompt && next.answer === card.answer;
    if (restored) {
      await tx.cardOverride.delete({ where: key });
    } else {
      await tx.cardOverride.upsert({ where: key, create: { userId, cardId, ...next }, update: next });
    }
    await tx.cardEdit.create({
      data: {
        userId,
        cardId,
        promptBefore: current.prompt,
        answerBefore: current.answer,
        promptAfter: next.prompt,
        answerAfter: next.answer,
      },
    });
    return { cardId, ...next, edited: !restored };
  });
}

/** The card's options with the generated answer replaced by the student's (as the review query does). */
const withAnswer = (card: { options: string[]; answer: string }, answer: string) =>
  card.options.map((option) => (option === card.answer ? answer : option));
