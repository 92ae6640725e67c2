import { describe, expect, it } from "vitest";
import { FLAG_REASON_CODES, flagReasonLabel } from "./flag-reasons";
import { cardFlagSchema } from "./card-safety-schema";
import { FlagReason } from "../db/generated/enums";

describe("flag reasons", () => {
  it("are the rubric's eight failure codes, the same as the database enum", () => {
    expect([...FLAG_REASON_CODES].sort()).toEqual(Object.values(FlagReason).sort());
    expect(FLAG_REASON_CODES).toHaveLength(8);
  });

  it("read in plain words", () => {
    expect(flagReasonLabel("BADOPTIONS")).toBe("Bad options");
    expect(flagReasonLabel("FILLER")).toBe("Blanks filler words");
  });

  it("a flag needs one of them, and a short note", () => {
    expect(cardFlagSchema.safeParse({ cardId: "c1", reason: "WRONG" }).data).toEqual({
      cardId: "c1",
      reason: "WRONG",
      note: "",
    });
    expect(cardFlagSchema.safeParse({ cardId: "c1", reason: "BAD" }).success).toBe(false);
    expect(cardFlagSchema.safeParse({ cardId: "c1", reason: "LEAK", note: "x".repeat(501) }).success).toBe(false);
  });
});
