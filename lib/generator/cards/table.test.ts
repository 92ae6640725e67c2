import { describe, expect, it } from "vitest";
import type { ArticleTable } from "../tables";
import { tableCards, tableSubject } from "./table";

const table: ArticleTable = {
  caption: "Table 1. Effect of stewardship interventions on antibiotic use",
  start: 0,
  end: 10,
  section: "Interventions",
  headers: ["Intervention", "Studies", "Change in days of therapy"],
  rows: [
    ["Formulary restriction", "18", "−24%"],
    ["Prospective audit and feedback", "25", "−19%"],
    ["Education alone", "12", "−9%"],
    ["Clinical decision support", "9", "−15%"],
  ],
};
const source = { section: "Interventions", sentence: table.caption, start: 0, end: 10 };

describe("tableCards", () => {
  const cards = tableCards(table, source, "claim", "topic");

  it("asks for each row once: the extremes as which row among the rows, the others as which value", () => {
    expect(cards.map((card) => [card.type, card.answer])).toEqual([
      ["MULTIPLE_CHOICE", "Formulary restriction"],
      ["MULTIPLE_CHOICE", "−19%"],
      ["MULTIPLE_CHOICE", "Education alone"],
      ["MULTIPLE_CHOICE", "−15%"],
    ]);
    expect(cards[0].options).toEqual([
      "Clinical decision support",
      "Education alone",
      "Formulary restriction",
      "Prospective audit and feedback",
    ]);
    expect(cards[0].prompt).toBe(
      "Effect of stewardship interventions on antibiotic use: which intervention showed the largest change in days of therapy?",
    );
    expect(cards[1].prompt).toContain("what change in days of therapy went with prospective audit and feedback?");
  });

  it("offers the column's own values, the answer among them, and leaves counts of studies alone", () => {
    for (const card of cards.filter((c) => /%$/.test(c.answer))) {
      expect(card.options).toHaveLength(4);
      expect(card.options).toContain(card.answer);
      expect(card.options!.every((option) => /%$/.test(option))).toBe(true);
    }
    expect(cards.some((card) => /studies/i.test(card.prompt))).toBe(false);
  });

  it("says 'the most' of a plural column", () => {
    const models = {
      ...table,
      headers: ["Model", "Training tokens"],
      rows: [
        ["GPT-3", "300"],
        ["Chinchilla", "1400"],
        ["LLaMA", "1000"],
        ["Gopher", "300.5"],
      ],
    };
    const prompts = tableCards(models, source, "c", "t").map((card) => card.prompt);
    expect(prompts).toContain(
      "Effect of stewardship interventions on antibiotic use: which model showed the most training tokens?",
    );
  });

  it("says 'the earliest' of a year column, and leaves the rows' citations out of the options", () => {
    const models = {
      ...table,
      headers: ["Model", "Year"],
      rows: [
        ["DDPM [5]", "2020"],
        ["LDM [7]", "2022"],
        ["DiT [8]", "2023"],
        ["ADM [6]", "2021"],
      ],
    };
    const earliest = tableCards(models, source, "c", "t").find((card) => card.prompt.includes("earliest"))!;
    expect(earliest.prompt).toContain("which model showed the earliest year?");
    expect(earliest.answer).toBe("DDPM");
    expect(earliest.options!.some((option) => option.includes("["))).toBe(false);
  });

  it("makes nothing of a table with too few rows, repeated labels or words in its columns", () => {
    expect(tableCards({ ...table, rows: table.rows.slice(0, 2) }, source, "c", "t")).toEqual([]);
    expect(
      tableCards({ ...table, rows: table.rows.map((row) => ["Same", ...row.slice(1)]) }, source, "c", "t"),
    ).toEqual([]);
    const words = { ...table, rows: table.rows.map((row) => [row[0], "many", "several"]) };
    expect(tableCards(words, source, "c", "t")).toEqual([]);
    expect(tableSubject({ caption: "", headers: ["Drug", "Dose"] })).toBe("Drug, Dose");
  });
});
