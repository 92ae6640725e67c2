import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import { loadCardView, loadReviewQueue } from "@/lib/db/review/queue";
import { gradeAndLoadNext } from "@/lib/db/review/grade";
import { editCard } from "@/lib/db/cards/edit";
import { setCardSuspended } from "@/lib/db/cards/suspend";
import { flagCard, loadDeckCare, unflagCard } from "@/lib/db/cards/flags";
import { cardFlagSchema } from "@/lib/cards/card-safety-schema";
import { validate } from "@/lib/http";
import { AppError } from "@/lib/errors";
import { createIsolatedUser, db, prisma, syntheticDeck, userWithDeck, gradeStoredCard } from "../helpers/fixtures";

const NOW = new Date("2026-03-10T12:00:00Z");
const sharedDecks: string[] = [];

afterAll(async () => {
  // A shared deck enrolls every user; other test files expect isolated users to see none.
  await prisma.deck.deleteMany({ where: { id: { in: sharedDecks } } });
});

async function sharedDeckWithStudents(cardCount = 3) {
  const [alice, bob] = [await createIsolatedUser(), await createIsolatedUser()];
  const generated = syntheticDeck(cardCount);
  const sourceKey = `test-shared:${randomUUID()}`;
  const { deckId } = await upsertGeneratedDeck(db, generated, { ownerId: null, sourceKey });
  sharedDecks.push(deckId);
  const cards = await prisma.card.findMany({ where: { deckId }, orderBy: { position: "asc" } });
  return { alice, bob, deckId, cards, generated, sourceKey };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const stateOf = (userId: string, cardId: string) =>
  prisma.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId, cardId } } });

describe("editing a card", () => {
  it("on a shared deck changes only what that student sees, and keeps the schedule, the logs and the history", async () => {
    const { alice, bob, cards } = await sharedDeckWithStudents();
    const card = cards[0];
    await gradeStoredCard(alice.id, card.id, 3, new Date("2026-03-10T09:00:00Z"));
    const before = await stateOf(alice.id, card.id);

    await editCard(db, alice.id, card.id, { prompt: "Factor zero drives _____.", answer: "process zero" });
    await editCard(db, alice.id, card.id, { prompt: "Factor zero drives _____ quickly.", answer: "process zero" });

    expect((await loadCardView(db, alice.id, card.id, NOW)).prompt).toBe("Factor zero drives _____ quickly.");
    const bobsView = await loadCardView(db, bob.id, card.id, NOW);
    expect([bobsView.prompt, bobsView.answer, bobsView.edited]).toEqual([card.prompt, card.answer, false]);
    expect(await prisma.card.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({
      prompt: card.prompt,
      answer: card.answer,
    });
    expect(await stateOf(alice.id, card.id)).toEqual(before);
    expect(await prisma.reviewLog.count({ where: { userId: alice.id, cardId: card.id } })).toBe(1);

    const history = await prisma.cardEdit.findMany({ where: { cardId: card.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((edit) => [edit.userId, edit.promptBefore, edit.promptAfter])).toEqual([
      [alice.id, card.prompt, "Factor zero drives _____."],
      [alice.id, "Factor zero drives _____.", "Factor zero drives _____ quickly."],
    ]);

    // Back to the generated wording: the override goes, the history keeps every step.
    const restored = await editCard(db, alice.id, card.id, { prompt: card.prompt, answer: card.answer });
    expect(restored.edited).toBe(false);
    expect(await prisma.cardOverride.count({ where: { cardId: card.id } })).toBe(0);
    expect(await prisma.cardEdit.count({ where: { cardId: card.id } })).toBe(3);
  });

  it("shows the edit on every path of the review: the queue, the next card after a grade, the graded card", async () => {
    const { user, cards } = await userWithDeck(2);
    await editCard(db, user.id, cards[1].id, { prompt: "Edited _____ prompt.", answer: "edited answer" });
    const queue = await loadReviewQueue(db, user.id, NOW);
    expect(queue.cards.map((card) => [card.prompt, card.edited])).toEqual([
      [cards[0].prompt, false],
      ["Edited _____ prompt.", true],
    ]);

    const state = await stateOf(user.id, cards[0].id);
    const outcome = await gradeAndLoadNext(
      db,
      {
        userId: user.id,
        cardId: cards[0].id,
        rating: 3,
        clientReviewId: randomUUID(),
        expectedVersion: state.version,
        durationMs: 1,
      },
      NOW,
    );
    expect(outcome.next?.answer).toBe("edited answer");

    const again = await stateOf(user.id, cards[1].id);
    const graded = await gradeAndLoadNext(
      db,
      {
        userId: user.id,
        cardId: cards[1].id,
        rating: 1,
        clientReviewId: randomUUID(),
        expectedVersion: again.version,
        durationMs: 1,
      },
      NOW,
      { wantCard: true },
    );
    expect(graded.card?.prompt).toBe("Edited _____ prompt.");
  });

  it("puts an edited multiple-choice answer among the options in place of the generated one", async () => {
    const user = await createIsolatedUser();
    const generated = syntheticDeck(1);
    generated.cards[0] = {
      ...generated.cards[0],
      type: "MULTIPLE_CHOICE",
      prompt: "Which process does factor 0 drive?",
      options: ["process 1", "process 0", "process 2", "process 3"],
    };
    const { deckId } = await upsertGeneratedDeck(db, generated, {
      ownerId: user.id,
      sourceKey: `test:${randomUUID()}`,
    });
    const card = await prisma.card.findFirstOrThrow({ where: { deckId } });

    const refused = await failure(editCard(db, user.id, card.id, { prompt: card.prompt, answer: "Process 2" }));
    expect([refused.status, refused.field]).toEqual([400, "answer"]);
    await editCard(db, user.id, card.id, { prompt: card.prompt, answer: "process zero" });

    const view = await loadCardView(db, user.id, card.id, NOW);
    expect(view.options).toEqual(["process 1", "process zero", "process 2", "process 3"]);
  });

  it("refuses bad input and another student's card, writing nothing", async () => {
    const { user, cards } = await userWithDeck(1);
    const stranger = await createIsolatedUser();
    const gapless = await failure(editCard(db, user.id, cards[0].id, { prompt: "No gap here.", answer: "x" }));
    expect([gapless.status, gapless.field]).toEqual([400, "prompt"]);
    const foreign = await failure(editCard(db, stranger.id, cards[0].id, { prompt: "Mine _____.", answer: "x" }));
    expect(foreign.status).toBe(404);
    const missing = await failure(editCard(db, user.id, "no-such-card", { prompt: "_____", answer: "x" }));
    expect(missing.status).toBe(404);
    expect(await prisma.cardEdit.count({ where: { cardId: cards[0].id } })).toBe(0);
    expect(await prisma.cardOverride.count({ where: { cardId: cards[0].id } })).toBe(0);
  });
});

describe("suspending a card", () => {
  it("takes it out of the queue at once and bumps its version; unsuspending puts it back with its schedule", async () => {
    const { user, cards } = await userWithDeck(3);
    await gradeStoredCard(user.id, cards[0].id, 1, new Date("2026-03-10T11:00:00Z"));
    const before = await stateOf(user.id, cards[0].id);

    const suspended = await setCardSuspended(db, user.id, cards[0].id, true);
    expect(suspended.version).toBe(before.version + 1);
    const queue = await loadReviewQueue(db, user.id, NOW);
    expect(queue.cards.map((card) => card.cardId)).toEqual([cards[1].id, cards[2].id]);
    expect(queue.dueCount).toBe(0);

    // A grade computed before the suspension no longer applies.
    const stale = await failure(
      gradeAndLoadNext(
        db,
        {
          userId: user.id,
          cardId: cards[0].id,
          rating: 3,
          clientReviewId: randomUUID(),
          expectedVersion: before.version,
          durationMs: 1,
        },
        NOW,
      ),
    );
    expect(stale.status).toBe(409);

    const back = await setCardSuspended(db, user.id, cards[0].id, false);
    expect(back.version).toBe(before.version + 2);
    const after = await stateOf(user.id, cards[0].id);
    expect({ ...after, version: before.version }).toEqual(before);
    expect((await loadReviewQueue(db, user.id, NOW)).cards[0].cardId).toBe(cards[0].id);
  });

  it("is refused for another student's card", async () => {
    const { cards } = await userWithDeck(1);
    const stranger = await createIsolatedUser();
    expect((await failure(setCardSuspended(db, stranger.id, cards[0].id, true))).status).toBe(404);
    expect(await prisma.cardState.count({ where: { cardId: cards[0].id, suspended: true } })).toBe(0);
  });
});

describe("flagging a card", () => {
  it("records one reason and a tidy note per student, replaced when flagged again, and removed on unflag", async () => {
    const { alice, bob, cards, deckId } = await sharedDeckWithStudents();
    await flagCard(db, alice.id, cards[0].id, { reason: "FILLER", note: "blanks  'crucial role'\n" });
    await flagCard(db, alice.id, cards[0].id, { reason: "TRIVIAL", note: "guessable" });
    await flagCard(db, bob.id, cards[1].id, { reason: "WRONG", note: "" });

    const care = await loadDeckCare(db, alice.id, deckId);
    expect(care?.cards.map((card) => [card.cardId, card.flag?.reason, card.flag?.note])).toEqual([
      [cards[0].id, "TRIVIAL", "guessable"],
    ]);
    await unflagCard(db, alice.id, cards[0].id);
    expect((await loadDeckCare(db, alice.id, deckId))?.cards).toEqual([]);
    expect((await failure(unflagCard(db, alice.id, cards[1].id))).status).toBe(404);
    expect(await prisma.cardFlag.count({ where: { cardId: cards[1].id } })).toBe(1);
  });

  it("refuses an unknown reason, an over-long note and another student's card", async () => {
    const { user, cards, deckId } = await userWithDeck(1);
    const stranger = await createIsolatedUser();
    expect(() => validate(cardFlagSchema, { cardId: cards[0].id, reason: "UGLY" })).toThrow(
      "Choose why the card is bad.",
    );
    expect(() => validate(cardFlagSchema, { cardId: cards[0].id, reason: "LEAK", note: "n".repeat(501) })).toThrow(
      /500 characters/,
    );
    const foreign = await failure(flagCard(db, stranger.id, cards[0].id, { reason: "WRONG", note: "" }));
    expect(foreign.status).toBe(404);
    expect(await prisma.cardFlag.count({ where: { cardId: cards[0].id } })).toBe(0);
    expect(await loadDeckCare(db, stranger.id, deckId)).toBeNull();
    expect(await loadDeckCare(db, user.id, deckId)).toEqual(expect.objectContaining({ cards: [] }));
  });
});

describe("a re-import of the article", () => {
  it("keeps each student's edits, flags and suspensions on the cards it matches by key", async () => {
    const { alice, cards, deckId, generated, sourceKey } = await sharedDeckWithStudents(2);
    await editCard(db, alice.id, cards[0].id, { prompt: "Reworded _____.", answer: "process 0" });
    await flagCard(db, alice.id, cards[1].id, { reason: "CONTEXT", note: "which process?" });
    await setCardSuspended(db, alice.id, cards[1].id, true);

    // The article no longer yields card 1: it is retired, and its flag still lists and exports.
    await upsertGeneratedDeck(db, { ...generated, cards: generated.cards.slice(0, 1) }, { ownerId: null, sourceKey });
    let care = await loadDeckCare(db, alice.id, deckId);
    expect(
      care?.cards.map((card) => [card.key, card.retired, card.suspended, card.flag?.reason, card.edit?.prompt]),
    ).toEqual([
      ["card-0", false, false, undefined, "Reworded _____."],
      ["card-1", true, true, "CONTEXT", undefined],
    ]);

    await upsertGeneratedDeck(db, generated, { ownerId: null, sourceKey });
    care = await loadDeckCare(db, alice.id, deckId);
    expect(care?.cards.map((card) => [card.cardId, card.retired])).toEqual([
      [cards[0].id, false],
      [cards[1].id, false],
    ]);
    expect((await loadCardView(db, alice.id, cards[0].id, NOW)).prompt).toBe("Reworded _____.");
  });
});
