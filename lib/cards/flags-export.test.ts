import { describe, expect, it } from "vitest";
import { buildFlagsExport, flagsExportFileName, type FlaggedCardRow } from "./flags-export";

const base: FlaggedCardRow = {
  key: "k1",
  type: "MULTIPLE_CHOICE",
  prompt: "A _____ facilitating this spread is EMT",
  answer: "key process",
  options: ["key process", "distant organs", "passive element", "crucial role"],
  sourceSection: "Introduction",
  sourceSentence: "A key process facilitating this spread is EMT [3].",
  topic: "EMT",
  retired: false,
  flag: { reason: "FILLER", note: "blanks evaluative wording", flaggedAt: new Date("2026-11-28T10:00:00Z") },
  edit: null,
};

describe("the flags export", () => {
  it("lists only flagged cards, as generated, with the source sentence, article, reason and note", () => {
    const suspendedOnly = { ...base, key: "k2", flag: null };
    const edited = { ...base, key: "k3", edit: { prompt: "EMT lets cancer cells _____.", answer: "migrate" } };
    const doc = buildFlagsExport(
      { id: "d1", title: "Cancer Metastasis", articleTitle: "Cancer Metastasis: Mechanisms" },
      [base, suspendedOnly, edited],
      new Date("2026-11-28T12:00:00Z"),
    );
    expect(doc.format).toBe("claimdeck.flags/1");
    expect(doc.flags.map((flag) => flag.cardKey)).toEqual(["k1", "k3"]);
    expect(doc.flags[0]).toMatchObject({
      type: "MULTIPLE_CHOICE",
      prompt: base.prompt,
      answer: "key process",
      options: base.options,
      sourceSentence: base.sourceSentence,
      articleTitle: "Cancer Metastasis: Mechanisms",
      reason: "FILLER",
      reasonLabel: "Blanks filler words",
      note: "blanks evaluative wording",
      flaggedAt: "2026-11-28T10:00:00.000Z",
      correction: null,
    });
    expect(doc.flags[1].correction).toEqual({ prompt: "EMT lets cancer cells _____.", answer: "migrate" });
  });

  it("names the file after the deck in plain characters", () => {
    expect(flagsExportFileName("Cancer Metastasis: Mechanisms, Challenges")).toBe(
      "cancer-metastasis-mechanisms-challenges-flags.json",
    );
    expect(flagsExportFileName("«»\"'")).toBe("deck-flags.json");
  });
});
