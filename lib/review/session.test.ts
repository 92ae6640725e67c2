import { describe, expect, it } from "vitest";
import { cardsLeft, currentCard, initialSession, sessionReducer, type SessionState } from "./session";
import type { ReviewCardView } from "./types";

const T0 = Date.parse("2026-06-01T09:00:00Z");

function card(id: string, againMinutes = 1, goodMinutes = 60 * 24 * 3): ReviewCardView {
  const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
  return {
    cardId: id,
    version: 0,
    type: "CLOZE",
    prompt: `prompt ${id}`,
    answer: `answer ${id}`,
    options: [],
    edited: false,
    deckId: "deck",
    topic: "topic",
    topicLabel: "topic",
    deckTitle: "deck",
    sourceSection: "Body",
    sourceSentence: "sentence",
    references: [],
    isNew: true,
    previewDue: { 1: at(againMinutes), 2: at(6), 3: at(goodMinutes), 4: at(60 * 24 * 8) },
    previewLabels: { 1: "1m", 2: "6m", 3: "3d", 4: "8d" },
    memory: {
      state: 0,
      due: at(0),
      stability: 0,
      difficulty: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 0,
      lapses: 0,
      lastReview: null,
    },
  };
}

const revealAndGrade = (state: SessionState, rating: 1 | 2 | 3 | 4, id: string, now = T0 + 5_000) =>
  sessionReducer(sessionReducer(state, { type: "reveal" }), { type: "grade", rating, clientReviewId: id, now });

describe("review session", () => {
  it("only grades a revealed card", () => {
    const start = initialSession([card("a")], T0);
    const unrevealed = sessionReducer(start, { type: "grade", rating: 3, clientReviewId: "r1", now: T0 + 1 });
    expect(unrevealed).toBe(start);
  });

  it("moves to the next card at once and counts the review", () => {
    const state = revealAndGrade(initialSession([card("a"), card("b")], T0), 3, "r1");
    expect(currentCard(state)?.cardId).toBe("b");
    expect(state.revealed).toBe(false);
    expect(state.reviews).toBe(1);
    expect(state.byRating[3]).toBe(1);
    expect(state.timeMs).toBe(5_000);
    expect(cardsLeft(state)).toBe(1);
  });

  it("brings back a card whose next step is within the learn-ahead window", () => {
    let state = revealAndGrade(initialSession([card("a"), card("b")], T0), 1, "r1");
    expect(cardsLeft(state)).toBe(2);
    state = revealAndGrade(state, 3, "r2");
    expect(currentCard(state)?.cardId).toBe("a");
  });

  it("undo puts the card back in front and takes back its counts", () => {
    const graded = revealAndGrade(initialSession([card("a"), card("b")], T0), 1, "r1");
    const undone = sessionReducer(graded, { type: "undone", clientReviewId: "r1", card: card("a"), now: T0 + 9_000 });
    expect(currentCard(undone)?.cardId).toBe("a");
    expect(undone.learning).toHaveLength(0);
    expect(undone.reviews).toBe(0);
    expect(undone.byRating[1]).toBe(0);
    expect(undone.timeMs).toBe(0);
    expect(cardsLeft(undone)).toBe(2);
  });

  it("records the server's new version for a card that comes back", () => {
    const graded = revealAndGrade(initialSession([card("a"), card("b")], T0), 1, "r1");
    const saved = sessionReducer(graded, { type: "saved", cardId: "a", version: 1 });
    expect(saved.learning[0].card.version).toBe(1);
  });

  it("ends when nothing is left", () => {
    const state = revealAndGrade(initialSession([card("a")], T0), 4, "r1");
    expect(currentCard(state)).toBeUndefined();
    expect(cardsLeft(state)).toBe(0);
  });

  it("a suspended card leaves the queue and the learning steps at once, and undo puts it first", () => {
    const graded = revealAndGrade(initialSession([card("a"), card("b"), card("c")], T0), 1, "r1");
    const shown = sessionReducer(graded, { type: "reveal" });
    const removed = sessionReducer(shown, { type: "remove", cardId: "a", now: T0 + 7_000 });
    expect(removed.learning).toHaveLength(0);
    expect(currentCard(removed)?.cardId).toBe("b");
    expect(removed.revealed).toBe(true);

    const current = sessionReducer(removed, { type: "remove", cardId: "b", now: T0 + 8_000 });
    expect(currentCard(current)?.cardId).toBe("c");
    expect(current.revealed).toBe(false);
    expect(current.shownAt).toBe(T0 + 8_000);
    expect(cardsLeft(current)).toBe(1);

    const restored = sessionReducer(current, { type: "reinstate", card: card("b"), now: T0 + 9_000 });
    expect(restored.queue.map((item) => item.cardId)).toEqual(["b", "c"]);
    expect(restored.reviews).toBe(1);
  });

  it("brings a card back with the view scheduled on the device when one is given", () => {
    const revealed = sessionReducer(initialSession([card("a"), card("b")], T0), { type: "reveal" });
    const after = { ...card("a"), isNew: false, previewLabels: { 1: "5m", 2: "8m", 3: "10m", 4: "9d" } };
    const state = sessionReducer(revealed, { type: "grade", rating: 1, clientReviewId: "r1", now: T0 + 1, after });
    expect(state.learning).toEqual([{ card: after, dueAt: Date.parse(card("a").previewDue[1]) }]);
  });

  it("restores a kept queue and shows a learning card when the queue is empty", () => {
    const start = initialSession([card("x")], T0);
    const restored = sessionReducer(start, {
      type: "restore",
      queue: [],
      learning: [{ card: card("b"), dueAt: T0 + 60_000 }],
      now: T0,
    });
    expect(currentCard(restored)?.cardId).toBe("b");
    expect(cardsLeft(restored)).toBe(1);
  });
});
