import { scheduleReview, type Grade, type SchedulerSettings } from "../scheduling/fsrs";
import { scheduleFields, schedulingStateFromMemory } from "./card-view";
import type { ReviewCardView } from "./types";

/**
 * The FSRS step for a grade the server has not seen yet (offline, or still on its way): the card as
 * it will come back in this sitting, with fresh previews. The server recomputes the grade from its
 * own stored state when the grade arrives, and its answer replaces this view.
 */
export function gradeOnDevice(
  card: ReviewCardView,
  rating: Grade,
  settings: SchedulerSettings,
  now: Date,
): ReviewCardView {
  const after = scheduleReview(settings, schedulingStateFromMemory(card.memory), now, rating);
  return { ...card, ...scheduleFields(after, settings, now) };
}
