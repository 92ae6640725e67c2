import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdfText, linesOf, textOfPages, type Line } from "./pdf";

const item = (str: string, y: number, height = 10, hasEOL = false) => ({
  str,
  hasEOL,
  height,
  transform: [1, 0, 0, 1, 72, y],
});

/** A page of lines 12 points apart, starting at y = 700. */
const page = (...texts: string[]): Line[] => texts.map((text, i) => ({ text, y: 700 - i * 12, height: 10 }));

describe("linesOf", () => {
  it("joins the text items on one baseline into a line and skips empty items", () => {
    const lines = linesOf([item("Coral", 700), item("bleaching", 700.5), item("", 690), item("  happens  ", 688)]);
    expect(lines).toEqual([
      { text: "Coral bleaching", y: 700, height: 10 },
      { text: "happens", y: 688, height: 10 },
    ]);
  });
});

describe("textOfPages", () => {
  it("drops a header repeated on half the pages and page numbers", () => {
    const text = textOfPages([
      page("Marine Letters · Volume 12", "Corals bleach in heat.", "1"),
      page("Marine Letters · Volume 12", "Reefs recover slowly.", "Page 2 of 2"),
    ]);
    expect(text).toBe("Corals bleach in heat.\nReefs recover slowly.");
  });

  it("starts a paragraph after a wide vertical gap and rejoins a word hyphenated at a line end", () => {
    const lines: Line[] = [
      { text: "Assisted evolu-", y: 700, height: 10 },
      { text: "tion breeds corals.", y: 688, height: 10 },
      { text: "Recovery", y: 650, height: 10 },
    ];
    expect(textOfPages([lines])).toBe("Assisted evolution breeds corals.\n\nRecovery");
  });

  it("keeps a line that repeats on fewer than half of the pages", () => {
    const text = textOfPages([page("Methods", "A."), page("B."), page("Methods", "C."), page("D."), page("E.")]);
    expect(text.match(/Methods/g)).toHaveLength(2);
  });
});

describe("extractPdfText", () => {
  it("reads the text layer of a PDF without its running header and page numbers", async () => {
    const bytes = readFileSync(path.join(__dirname, "../../tests/fixtures/articles/coral-bleaching.pdf"));
    const text = await extractPdfText(new Uint8Array(bytes));
    expect(text.startsWith("Coral Bleaching Under Marine Heatwaves\n\nHelen Carter, Ravi Iyer")).toBe(true);
    expect(text).not.toContain("Marine Ecology Letters");
    expect(text).toContain("Assisted evolution breeds heat-tolerant corals");
  });
});
