import { describe, expect, it } from "vitest";
import type { GeneratedDeck } from "../generator/types";
import { AppError } from "../errors";
import { checkImportChoices } from "./import-choices";

const deck = {
  cards: [{ key: "card-a" }, { key: "card-b" }],
  topics: [{ id: "rates" }],
} as unknown as GeneratedDeck;

const choices = (change: { excludedCardKeys?: string[]; topicNames?: Record<string, string> }) => ({
  text: "article",
  title: "Deck",
  excludedCardKeys: [],
  topicNames: {},
  ...change,
});

function refusal(change: Parameters<typeof choices>[0]): AppError {
  try {
    checkImportChoices(deck, choices(change));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("the choices were accepted");
}

describe("checkImportChoices", () => {
  it("counts the cards kept", () => {
    expect(checkImportChoices(deck, choices({ excludedCardKeys: ["card-a"], topicNames: { rates: "Rates" } }))).toBe(1);
  });

  it("refuses unticked cards the article does not yield", () => {
    expect(refusal({ excludedCardKeys: ["card-z"] })).toMatchObject({
      status: 400,
      message: "Some unticked cards are not part of this article.",
      field: "excludedCardKeys",
    });
  });

  it("refuses to save a deck without cards", () => {
    expect(refusal({ excludedCardKeys: ["card-a", "card-b"] })).toMatchObject({
      status: 400,
      message: "Keep at least one card.",
      field: "excludedCardKeys",
    });
  });

  it("refuses a name for a topic the article does not have, naming that topic's field", () => {
    expect(refusal({ topicNames: { tariffs: "Trade" } })).toMatchObject({
      status: 400,
      message: 'There is no topic "tariffs" in this article.',
      field: "topicNames.tariffs",
    });
  });
});
