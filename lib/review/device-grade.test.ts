import { describe, expect, it } from "vitest";
import { newSchedulingState, scheduleReview, State, type Grade } from "../scheduling/fsrs";
import { DEFAULT_SETTINGS } from "../scheduling/settings";
import { buildCardView, type CardContent } from "./card-view";
import { gradeOnDevice } from "./device-grade";

const content: CardContent = {
  type: "QUESTION",
  prompt: "What enables intravasation?",
  answer: "Matrix degradation",
  options: [],
  sourceSection: "Invasion",
  sourceSentence: "Matrix degradation enables intravasation [2].",
  topic: "invasion",
  topicLabel: "mechanism",
  deckTitle: "Cancer Metastasis",
  references: [],
  edited: false,
  deckId: "deck-1",
};

const shown = new Date("2026-06-01T09:00:00Z");
const graded = new Date("2026-06-01T09:00:20Z");

describe("gradeOnDevice", () => {
  it("schedules exactly as the server does from the same memory, for every grade", () => {
    const before = newSchedulingState(shown);
    const view = buildCardView({ cardId: "c1", version: 0, ...content }, before, DEFAULT_SETTINGS, shown);
    for (const rating of [1, 2, 3, 4] as Grade[]) {
      const onDevice = gradeOnDevice(view, rating, DEFAULT_SETTINGS, graded);
      const server = buildCardView(
        { cardId: "c1", version: 0, ...content },
        scheduleReview(DEFAULT_SETTINGS, before, graded, rating),
        DEFAULT_SETTINGS,
        graded,
      );
      expect(onDevice.memory).toEqual(server.memory);
      expect(onDevice.previewDue).toEqual(server.previewDue);
      expect(onDevice.previewLabels).toEqual(server.previewLabels);
      expect(onDevice.isNew).toBe(false);
    }
  });

  it("keeps a learning card's step across a second offline grade", () => {
    const view = buildCardView(
      { cardId: "c1", version: 0, ...content },
      newSchedulingState(shown),
      DEFAULT_SETTINGS,
      shown,
    );
    const once = gradeOnDevice(view, 3, DEFAULT_SETTINGS, graded);
    expect(once.memory.state).toBe(State.Learning);
    const twice = gradeOnDevice(once, 3, DEFAULT_SETTINGS, new Date(once.previewDue[3]));
    expect(twice.memory.reps).toBe(2);
    expect(twice.memory.state).toBe(State.Review);
    expect(twice.memory.learningSteps).toBe(0);
  });
});
