import { describe, expect, it } from "vitest";
import { State } from "../scheduling/fsrs";
import { chooseNextCard, newCardBudget } from "./next-card";

const due = { id: "due", state: State.Review };
const learning = { id: "learning", state: State.Learning };
const fresh = { id: "new", state: State.New };

describe("newCardBudget", () => {
  it("is what is left of the daily limit, never negative", () => {
    expect(newCardBudget(20, 0)).toBe(20);
    expect(newCardBudget(20, 19)).toBe(1);
    expect(newCardBudget(20, 20)).toBe(0);
    expect(newCardBudget(5, 9)).toBe(0);
  });
});

describe("chooseNextCard", () => {
  it("takes a due card before a new one, whatever the budget", () => {
    expect(chooseNextCard([fresh, due], 10)).toBe(due);
    expect(chooseNextCard([learning, fresh], 0)).toBe(learning);
  });

  it("takes a new card only while today's budget lasts", () => {
    expect(chooseNextCard([fresh], 1)).toBe(fresh);
    expect(chooseNextCard([fresh], 0)).toBeNull();
  });

  it("gives nothing when there are no candidates", () => {
    expect(chooseNextCard([], 10)).toBeNull();
  });
});
