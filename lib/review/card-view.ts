import {
  formatInterval,
  GRADES,
  previewDueDates,
  State,
  type SchedulerSettings,
  type SchedulingState,
} from "../scheduling/fsrs";
import type { UserSchedulingSettings } from "../scheduling/settings";
import type { CardMemory, CardReference, ReviewCardView } from "./types";

/** What a card shows, whatever its scheduling state. */
export interface CardContent {
  type: string;
  prompt: string;
  answer: string;
  options: string[];
  /** The student has edited this card's prompt or answer. */
  edited: boolean;
  deckId: string;
  sourceSection: string;
  sourceSentence: string;
  topic: string;
  topicLabel: string;
  deckTitle: string;
  references: CardReference[];
}

/** The review page's view of a card: its content, and what each grade would schedule from `now`. */
export function buildCardView(
  card: { cardId: string; version: number } & CardContent,
  state: SchedulingState,
  settings: UserSchedulingSettings,
  now: Date,
): ReviewCardView {
  return {
    cardId: card.cardId,
    version: card.version,
    type: card.type,
    prompt: card.prompt,
    answer: card.answer,
    options: card.options,
    edited: card.edited,
    deckId: card.deckId,
    topic: card.topic,
    topicLabel: card.topicLabel,
    deckTitle: card.deckTitle,
    sourceSection: card.sourceSection,
    sourceSentence: card.sourceSentence,
    references: card.references.map(({ number, title, authors, year }) => ({ number, title, authors, year })),
    ...scheduleFields(state, settings, now),
  };
}

/** The part of a card view that follows from its memory: what each grade would schedule from `now`. */
export function scheduleFields(state: SchedulingState, settings: SchedulerSettings, now: Date) {
  const previews = previewDueDates(settings, state, now);
  const previewDue: Record<number, string> = {};
  const previewLabels: Record<number, string> = {};
  for (const grade of GRADES) {
    previewDue[grade] = previews[grade].toISOString();
    previewLabels[grade] = formatInterval(now, previews[grade]);
  }
  return { isNew: state.state === State.New, previewDue, previewLabels, memory: cardMemory(state) };
}

export function cardMemory(state: SchedulingState): CardMemory {
  return { ...state, due: state.due.toISOString(), lastReview: state.lastReview?.toISOString() ?? null };
}

export function schedulingStateFromMemory(memory: CardMemory): SchedulingState {
  return { ...memory, due: new Date(memory.due), lastReview: memory.lastReview ? new Date(memory.lastReview) : null };
}
