import { describe, expect, it } from "vitest";
import type { ArticleTable } from "../tables";
import { columnValues, isComputed, tableCards, tableSubject } from "./table";

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

  it("heads a caption that names nothing of its own with the article's subject", () => {
    expect(tableSubject({ caption: "Table 3. Summary of algorithms", headers: [] }, "TCP congestion control")).toBe(
      "TCP congestion control, summary of algorithms",
    );
    expect(tableSubject(table, "Antimicrobial stewardship")).toBe(
      "Effect of stewardship interventions on antibiotic use",
    );
  });

  const paths: ArticleTable = {
    caption: "Bandwidth-delay products for typical paths",
    start: 0,
    end: 10,
    section: "Slow start",
    headers: ["Path", "Bandwidth", "RTT", "BDP (bytes)", "BDP (segments)"],
    rows: [
      ["Home broadband", "50 Mbit/s", "10 ms", "62,500", "43"],
      ["Transatlantic", "100 Mbit/s", "80 ms", "1,000,000", "685"],
      ["Cross-continent fibre", "1 Gbit/s", "70 ms", "8,750,000", "5,993"],
      ["Geostationary satellite", "20 Mbit/s", "600 ms", "1,500,000", "1,027"],
    ],
  };

  it("ranks figures in one unit, so 1 Gbit/s is more than 100 Mbit/s", () => {
    expect(columnValues(["50 Mbit/s", "1 Gbit/s", "20 Mbit/s"])).toEqual([50e6, 1e9, 20e6]);
    expect(columnValues(["80 ms", "1.2 s"])).toEqual([0.08, 1.2]);
    expect(columnValues(["5 min", "30 s"])).toBeNull();
    const largest = tableCards(paths, source, "c", "t").find((card) => card.prompt.includes("largest bandwidth"));
    expect(largest?.answer).toBe("Cross-continent fibre");
    expect(tableCards(paths, source, "c", "t").map((card) => card.prompt)).toContainEqual(
      expect.stringContaining("showed the smallest RTT?"),
    );
  });

  it("asks nothing of a column the table computes from others, or of one quantity in another unit", () => {
    const bandwidth = columnValues(paths.rows.map((row) => row[1]))!;
    const rtt = columnValues(paths.rows.map((row) => row[2]))!;
    expect(isComputed(columnValues(paths.rows.map((row) => row[3]))!, [bandwidth, rtt])).toBe(true);
    expect(isComputed(rtt, [bandwidth])).toBe(false);
    const losses: ArticleTable = {
      ...paths,
      headers: ["Loss rate", "1 loss every … packets", "Throughput"],
      rows: [
        ["10⁻²", "100", "1.43 Mbit/s"],
        ["10⁻³", "1,000", "4.51 Mbit/s"],
        ["10⁻⁴", "10,000", "14.3 Mbit/s"],
      ],
    };
    expect(tableCards(losses, source, "c", "t")).toEqual([]);
    const prompts = tableCards(paths, source, "c", "t").map((card) => card.prompt);
    expect(prompts.some((prompt) => /bdp/i.test(prompt))).toBe(false);
  });

  it("asks a table of several findings for its extremes only, a few of them", () => {
    const cards = tableCards(paths, source, "c", "t");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(3);
    expect(cards.every((card) => /which path showed the (?:largest|smallest)/.test(card.prompt))).toBe(true);
  });

  it("keeps a name's capital in a row's label", () => {
    const algorithms = {
      ...table,
      headers: ["Algorithm", "Year"],
      rows: [
        ["Tahoe", "1988"],
        ["Vegas", "1995"],
        ["Reno", "1990"],
        ["CUBIC", "2008"],
        ["Home-grown scheme", "2001"],
      ],
    };
    const prompts = tableCards(algorithms, source, "c", "t").map((card) => card.prompt);
    expect(prompts).toContainEqual(expect.stringContaining("went with Vegas?"));
    expect(prompts).toContainEqual(expect.stringContaining("went with home-grown scheme?"));
  });

  it("leaves a total row out, and asks no values too close to tell apart", () => {
    const budget: ArticleTable = {
      ...table,
      caption: "Representative single-frequency error budget",
      headers: ["Error source", "1σ error (m)"],
      rows: [
        ["Ionospheric delay", "4.0"],
        ["Satellite clock", "1.1"],
        ["Multipath", "1.0"],
        ["Ephemeris", "0.8"],
        ["Total (root-sum-square)", "4.4"],
      ],
    };
    const cards = tableCards(budget, source, "c", "t");
    expect(cards.map((card) => card.answer)).not.toContain("Total (root-sum-square)");
    expect(cards.find((card) => card.prompt.includes("largest"))?.answer).toBe("Ionospheric delay");
    expect(cards.some((card) => card.prompt.includes("went with"))).toBe(false);
  });

  it("names a table without a caption by the article, and asks no column relative to one row", () => {
    const formats: ArticleTable = {
      ...table,
      caption: "",
      headers: ["Format", "Max bit depth", "Approx. size at equal quality (JPEG = 100)"],
      rows: [
        ["JPEG", "8", "100"],
        ["WebP", "10", "75"],
        ["AVIF", "12", "55"],
        ["JPEG XL", "32", "60"],
      ],
    };
    const cards = tableCards(formats, source, "c", "t", "How JPEG Compression Works");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((card) => card.prompt.startsWith("How JPEG Compression Works: "))).toBe(true);
    expect(cards.some((card) => /size at equal quality/i.test(card.prompt))).toBe(false);
  });
});
