/**
 * The review page's state machine, kept free of React and the network so the
 * keyboard loop can be tested as plain data.
 */
import type { ReviewCardView } from "./types";

/** Learning steps shorter than this come back in the same sitting, as in Anki. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface GradedEntry {
  clientReviewId: string;
  rating: number;
  durationMs: number;
  card: ReviewCardView;
}

export interface SessionState {
  queue: ReviewCardView[];
  learning: { card: ReviewCardView; dueAt: number }[];
  revealed: boolean;
  shownAt: number;
  history: GradedEntry[];
  reviews: number;
  byRating: Record<1 | 2 | 3 | 4, number>;
  timeMs: number;
}

export type SessionAction =
  | { type: "reveal" }
  /** `after` is the card as it comes back in this sitting, scheduled on the device (gradeOnDevice). */
  | { type: "grade"; rating: 1 | 2 | 3 | 4; clientReviewId: string; now: number; after?: ReviewCardView }
  | { type: "undone"; clientReviewId: string; card: ReviewCardView; now: number }
  | { type: "saved"; cardId: string; version: number; card?: ReviewCardView }
  | { type: "replaceQueue"; cards: ReviewCardView[]; now: number }
  | { type: "remove"; cardId: string; now: number }
  | { type: "reinstate"; card: ReviewCardView; now: number }
  /** Picks up where the device left off: the queue and learning cards kept for offline review. */
  | { type: "restore"; queue: ReviewCardView[]; learning: SessionState["learning"]; now: number };

export function initialSession(cards: ReviewCardView[], now: number): SessionState {
  return {
    queue: cards,
    learning: [],
    revealed: false,
    shownAt: now,
    history: [],
    reviews: 0,
    byRating: { 1: 0, 2: 0, 3: 0, 4: 0 },
    timeMs: 0,
  };
}

export const currentCard = (state: SessionState): ReviewCardView | undefined => state.queue[0];
export const cardsLeft = (state: SessionState) => state.queue.length + state.learning.length;

/** When the queue runs dry, the learning card due soonest is shown early rather than making the student wait. */
function promoteLearning(state: SessionState): SessionState {
  if (state.queue.length > 0 || state.learning.length === 0) return state;
  const [next, ...rest] = [...state.learning].sort((a, b) => a.dueAt - b.dueAt);
  return { ...state, queue: [next.card], learning: rest };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case "reveal":
      return state.queue.length > 0 ? { ...state, revealed: true } : state;
    case "grade": {
      const card = state.queue[0];
      if (!card || !state.revealed) return state;
      const durationMs = Math.max(0, action.now - state.shownAt);
      const dueAt = Date.parse(card.previewDue[action.rating]);
      const comesBack = dueAt - action.now < LEARN_AHEAD_MS;
      return promoteLearning({
        ...state,
        queue: state.queue.slice(1),
        learning: comesBack ? [...state.learning, { card: action.after ?? card, dueAt }] : state.learning,
        revealed: false,
        shownAt: action.now,
        history: [...state.history, { clientReviewId: action.clientReviewId, rating: action.rating, durationMs, card }],
        reviews: state.reviews + 1,
        byRating: { ...state.byRating, [action.rating]: state.byRating[action.rating] + 1 },
        timeMs: state.timeMs + durationMs,
      });
    }
    case "undone": {
      const entry = state.history.find((item) => item.clientReviewId === action.clientReviewId);
      if (!entry) return state;
      const rating = entry.rating as 1 | 2 | 3 | 4;
      return {
        ...state,
        queue: [action.card, ...state.queue.filter((card) => card.cardId !== action.card.cardId)],
        learning: state.learning.filter((item) => item.card.cardId !== action.card.cardId),
        revealed: false,
        shownAt: action.now,
        history: state.history.filter((item) => item !== entry),
        reviews: state.reviews - 1,
        byRating: { ...state.byRating, [rating]: state.byRating[rating] - 1 },
        timeMs: state.timeMs - entry.durationMs,
      };
    }
    case "saved": {
      const refresh = (card: ReviewCardView) =>
        card.cardId !== action.cardId ? card : (action.card ?? { ...card, version: action.version });
      return {
        ...state,
        queue: state.queue.map(refresh),
        learning: state.learning.map((item) => ({ ...item, card: refresh(item.card) })),
      };
    }
    case "replaceQueue":
      return { ...state, queue: action.cards, learning: [], revealed: false, shownAt: action.now };
    // A suspended card leaves the sitting at once, wherever it waited; undoing puts it first again.
    case "remove": {
      const wasShown = state.queue[0]?.cardId === action.cardId;
      return promoteLearning({
        ...state,
        queue: state.queue.filter((card) => card.cardId !== action.cardId),
        learning: state.learning.filter((item) => item.card.cardId !== action.cardId),
        revealed: wasShown ? false : state.revealed,
        shownAt: wasShown ? action.now : state.shownAt,
      });
    }
    case "reinstate":
      return {
        ...state,
        queue: [action.card, ...state.queue.filter((card) => card.cardId !== action.card.cardId)],
        learning: state.learning.filter((item) => item.card.cardId !== action.card.cardId),
        revealed: false,
        shownAt: action.now,
      };
    case "restore":
      return promoteLearning({
        ...state,
        queue: action.queue,
        learning: action.learning,
        revealed: false,
        shownAt: action.now,
      });
  }
}
