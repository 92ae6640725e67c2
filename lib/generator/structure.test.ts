import { cleanArticleText } from "./clean";
import { describe, expect, it } from "vitest";
import { isHeading, parseReference, parseStructure } from "./structure";

describe("isHeading", () => {
  it("accepts short capitalised lines and Markdown headings", () => {
    expect(isHeading("Introduction")).toBe(true);
    expect(isHeading("## Materials and methods")).toBe(true);
  });

  it("rejects sentences, list items and page furniture", () => {
    expect(isHeading("Tumors grow.")).toBe(false);
    expect(isHeading("1. Numbered item.")).toBe(false);
    expect(isHeading("2. Degradation mechanisms")).toBe(true);
    expect(isHeading("Open Access Journal")).toBe(false);
    expect(isHeading("one of many lower-case words")).toBe(false);
  });
});

describe("parseReference", () => {
  it("reads number, authors, title, journal and year of a numbered (Vancouver) reference", () => {
    expect(parseReference("[3] Smith J, Lee K. Tumor dormancy and relapse. Nat Rev Cancer. 2021;21:1-10.", 9)).toEqual({
      number: 3,
      authors: "Smith J, Lee K",
      title: "Tumor dormancy and relapse",
      journal: "Nat Rev Cancer",
      year: 2021,
      raw: "[3] Smith J, Lee K. Tumor dormancy and relapse. Nat Rev Cancer. 2021;21:1-10.",
    });
  });

  it("reads an author-year reference and numbers it by its place in the list", () => {
    expect(parseReference("Vaswani, A. (2017). Attention is all you need. NeurIPS, 30.", 2)).toMatchObject({
      number: 2,
      authors: "Vaswani, A.",
      title: "Attention is all you need",
      journal: "NeurIPS",
      year: 2017,
    });
  });

  it("takes a quoted title as the title", () => {
    expect(parseReference('- Keller M. "Wild bees in farmland" Ecology Letters 12 (2019): 4-9.', 5)).toMatchObject({
      number: 5,
      authors: "Keller M",
      title: "Wild bees in farmland",
      journal: "Ecology Letters",
      year: 2019,
    });
  });

  it("keeps a line it cannot split as the title, without authors or year", () => {
    expect(parseReference("Some words without anything", 4)).toMatchObject({
      number: 4,
      authors: null,
      title: "Some words without anything",
      year: null,
    });
  });
});

describe("parseStructure on a council web page", () => {
  it("does not take the site owner's name for the title", () => {
    expect(
      parseStructure("Northbridge City Council\n\nKeeping Bees in the City\n\nBees need water and forage.\n").title,
    ).toBe("Keeping Bees in the City");
  });
});

describe("parseStructure", () => {
  const text = [
    "# Cell Migration In Tumors",
    "Anna Berg, Tom Lee and Kim Park",
    "Introduction",
    "Cells migrate through tissue [1].",
    "Acknowledgements",
    "We thank the lab.",
    "References",
    "1. Berg A, Lee T. Migration of tumor cells. Cell. 2020;1:1-2.\n" +
      "2. Park K. Invasion of vessels. Science. 2019;2:3-4.",
  ].join("\n\n");
  const structure = parseStructure(text);

  it("reads the title and the authors below it", () => {
    expect(structure.title).toBe("Cell Migration In Tumors");
    expect(structure.authors).toEqual(["Anna Berg", "Tom Lee", "Kim Park"]);
  });

  it("keeps body paragraphs with their section and offset, and skips acknowledgements", () => {
    expect(structure.sectionNames).toEqual(["Introduction"]);
    expect(structure.paragraphs).toEqual([
      { text: "Cells migrate through tissue [1].", start: text.indexOf("Cells migrate"), section: "Introduction" },
    ]);
  });

  it("parses every line of the reference list", () => {
    expect(structure.references.map(({ number, authors, title, year }) => ({ number, authors, title, year }))).toEqual([
      { number: 1, authors: "Berg A, Lee T", title: "Migration of tumor cells", year: 2020 },
      { number: 2, authors: "Park K", title: "Invasion of vessels", year: 2019 },
    ]);
  });

  it("names an article without a title-like line 'Untitled article'", () => {
    expect(parseStructure("Short.\n\nAlso short.").title).toBe("Untitled article");
  });
});

describe("parseStructure on a numbered reference list copied from a PDF", () => {
  it("joins an entry that a page break split, so the entries are numbered one to n", () => {
    const structure = parseStructure(
      cleanArticleText(
        "A Review of Kidney Disease Progression\n\nBody text goes here and says something.\n\nREFERENCES\n1. Brenner BM, Meyer TW. Dietary\n\nprotein and kidney disease. N Engl J Med.\n1982;307:652-659.\n2. Heerspink HJL. Dapagliflozin in\nchronic kidney disease. N Engl J Med. 2020.",
      ),
    );
    expect(structure.references.map((ref) => ref.number)).toEqual([1, 2]);
    expect(structure.references[0].raw).toContain("1982;307:652-659.");
  });
});

describe("parseStructure on an agency page with a menu and a short title", () => {
  it("skips the menu and takes the page named by its breadcrumb for the title", () => {
    const page = [
      "Skip to main content\nNational Water Science Center\nSearch this site\nSearch",
      "Menu\nHome\nWater Topics\nSurface Water\nGroundwater",
      "Home > Water Topics > Groundwater Depletion",
      "Groundwater Depletion",
      "Last updated: April 18, 2024",
      "Groundwater is the water that fills the pores and fractures in soil, sand, gravel and rock.",
    ].join("\n\n");
    const structure = parseStructure(cleanArticleText(page));
    expect(structure.title).toBe("Groundwater Depletion");
    expect(structure.paragraphs.map((p) => p.text)).toEqual([
      "Groundwater is the water that fills the pores and fractures in soil, sand, gravel and rock.",
    ]);
  });
});

describe("isHeading on a web page's questions", () => {
  it("reads a short question on a line of its own as a heading, and a long one or a statement as text", () => {
    expect(isHeading("What is radon?")).toBe(true);
    expect(isHeading("How do I test my home?")).toBe(true);
    expect(isHeading("What did the commission that Peel sent to Ireland in October 1845 conclude about the rot?")).toBe(
      false,
    );
    expect(isHeading("Radon is a gas.")).toBe(false);
  });
});

describe("isHeading on a journal's numbered headings", () => {
  it("lets a numbered heading run to twelve words", () => {
    expect(isHeading("4.3. Evidence from phase III trials in atrial fibrillation")).toBe(true);
    expect(isHeading("5. Populations in which vitamin K antagonists remain preferred")).toBe(true);
    expect(isHeading("Populations in which vitamin K antagonists remain preferred over the newer drugs")).toBe(false);
    expect(isHeading("1. Use only cold water for drinking, cooking and preparing baby formula.")).toBe(false);
  });
});
