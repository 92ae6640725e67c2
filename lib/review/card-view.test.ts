import { describe, expect, it } from "vitest";
import { newSchedulingState, previewDueDates, State } from "../scheduling/fsrs";
import { DEFAULT_SETTINGS } from "../scheduling/settings";
import { buildCardView, type CardContent } from "./card-view";

const NOW = new Date("2026-06-01T09:00:00Z");

const content: CardContent = {
  type: "CLOZE",
  prompt: "EMT enhances the _____ of cancer cells.",
  answer: "migration and invasion",
  options: [],
  edited: false,
  deckId: "deck-1",
  sourceSection: "Description",
  sourceSentence: "EMT enhances the migration and invasion of cancer cells [4].",
  topic: "epithelial-mesenchymal transition",
  topicLabel: "mechanism",
  deckTitle: "Cancer Metastasis",
  references: [{ number: 4, title: "EMT in cancer", authors: "Lee K", year: 2021, extra: "dropped" } as never],
};

describe("buildCardView", () => {
  it("shows a new card with the four grades' due dates and labels", () => {
    const view = buildCardView(
      { cardId: "c1", version: 3, ...content },
      newSchedulingState(NOW),
      DEFAULT_SETTINGS,
      NOW,
    );
    const previews = previewDueDates(DEFAULT_SETTINGS, newSchedulingState(NOW), NOW);
    expect(view).toMatchObject({
      cardId: "c1",
      version: 3,
      isNew: true,
      topic: content.topic,
      topicLabel: "mechanism",
    });
    expect(view.previewDue[1]).toBe(previews[1].toISOString());
    expect(view.previewLabels).toEqual({ 1: "1m", 2: "6m", 3: "10m", 4: "8d" });
    expect(view.references).toEqual([{ number: 4, title: "EMT in cancer", authors: "Lee K", year: 2021 }]);
  });

  it("marks a card in review as not new, with day-scale intervals", () => {
    const state = {
      ...newSchedulingState(NOW),
      state: State.Review,
      stability: 10,
      difficulty: 5,
      reps: 4,
      scheduledDays: 10,
      lastReview: new Date("2026-05-22T09:00:00Z"),
    };
    const view = buildCardView({ cardId: "c2", version: 0, ...content }, state, DEFAULT_SETTINGS, NOW);
    expect(view.isNew).toBe(false);
    expect(view.previewLabels[3]).toMatch(/^\d+(d|mo)$/);
    expect(Date.parse(view.previewDue[4])).toBeGreaterThan(Date.parse(view.previewDue[3]));
  });
});
