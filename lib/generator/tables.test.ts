import { describe, expect, it } from "vitest";
import { cleanArticleText } from "./clean";
import { parseStructure } from "./structure";
import { isPipeTable, parsePipeTable } from "./tables";

const article = `# Antibiotic Stewardship in Hospitals

## Interventions

Restrictive interventions limit which antibiotics a prescriber may order.

Table 1. Effect of interventions on antibiotic use

| Intervention | Studies | Change |
|---|---|---|
| Formulary restriction | 18 | −24% |
| Education alone | 12 | −9% |

Switch programmes shorten hospital stays.
`;

describe("pipe tables", () => {
  it("reads a header, rows of the same width, and no separator", () => {
    expect(parsePipeTable("| A | B |\n|---|:---:|\n| x | 1 |\n| y |\n| z | 3 |")).toEqual({
      headers: ["A", "B"],
      rows: [
        ["x", "1"],
        ["z", "3"],
      ],
    });
    expect(isPipeTable("| not | a table |")).toBe(false);
  });

  it("reads a table without outer pipes, its caption right above it", () => {
    const text = cleanArticleText(
      "Trials differed.\n\nTable 1. Design of six evaluations\nCountry | Lender | Follow-up\n--------|--------|--------\nBosnia | EKI | 14 months\nIndia | Spandana | 18 months\n",
    );
    const { tables } = parseStructure(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      caption: "Table 1. Design of six evaluations",
      headers: ["Country", "Lender", "Follow-up"],
    });
    expect(tables[0].rows).toEqual([
      ["Bosnia", "EKI", "14 months"],
      ["India", "Spandana", "18 months"],
    ]);
  });

  it("keeps a table out of the sentences, with its caption, section and rows", () => {
    const structure = parseStructure(cleanArticleText(article));
    expect(structure.tables).toEqual([
      expect.objectContaining({
        caption: "Table 1. Effect of interventions on antibiotic use",
        section: "Interventions",
        headers: ["Intervention", "Studies", "Change"],
        rows: [
          ["Formulary restriction", "18", "−24%"],
          ["Education alone", "12", "−9%"],
        ],
      }),
    ]);
    const text = structure.paragraphs.map((p) => p.text).join(" ");
    expect(text).not.toContain("|");
    expect(text).not.toContain("Table 1");
  });
});
