import { describe, expect, it } from "vitest";
import { bulletItems, completedSentence, enumeration } from "./bullets";
import { splitSentences } from "./sentences";

describe("bulletItems", () => {
  it("reads dashed, starred and numbered items with their names, wrapped lines included", () => {
    const items = bulletItems(
      "- children, whose lungs are still developing;\n- **Older adults**: people over 65 with\n  heart disease;\n1. outdoor workers",
    );
    expect(items?.map((item) => item.head)).toEqual(["children", "Older adults", "outdoor workers"]);
    expect(items?.[1].text).toBe("Older adults: people over 65 with heart disease;");
  });

  it("is no list when a line is prose or only one item is marked", () => {
    expect(bulletItems("- one item\nthen prose that goes on")).toBeNull();
    expect(bulletItems("- a single item")).toBeNull();
    expect(bulletItems("Prose.\n- an item\n- another")).toBeNull();
  });

  it("gives an item no name when it runs past seven words", () => {
    const [long] = bulletItems("- the slow replacement of rural land by roads, roofs and car parks\n- drought")!;
    expect(long.head).toBeNull();
  });
});

describe("enumeration", () => {
  it("joins a lead-in that ends in a colon with its items' names", () => {
    const items = bulletItems("- children, whose lungs grow;\n- outdoor workers")!;
    expect(enumeration("The main groups at risk are:", items)).toBe(
      "The main groups at risk are: children; outdoor workers.",
    );
    expect(enumeration("Children are at risk.", items)).toBeNull();
  });
});

describe("completedSentence", () => {
  it("finishes a lead-in that names a subject with an item that starts on its verb, and no other", () => {
    const [cools, lipid] = bulletItems("- cools the air through shade\n- an ionisable lipid, which binds the mRNA")!;
    expect(completedSentence("A healthy, mature tree:", cools)).toBe(
      "A healthy, mature tree cools the air through shade.",
    );
    expect(completedSentence("Each LNP contains four lipids:", lipid)).toBeNull();
    expect(completedSentence("Our targets are:", cools)).toBeNull();
  });
});

describe("splitSentences on a bulleted list", () => {
  const style = { references: [], superscripts: false };
  const lead = { text: "Smoke harms some groups more. The main groups at risk are:", start: 0, section: "Exposure" };
  const list = {
    text: "- children, whose lungs are still developing;\n- Outdoor workers: they breathe more air per hour than others.",
    start: 60,
    section: "Exposure",
  };

  it("makes the lead-in and the items one enumeration spanning both, and keeps an item that says more", () => {
    const sentences = splitSentences([lead, list], style);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      "Smoke harms some groups more.",
      "The main groups at risk are: children; Outdoor workers.",
      "children, whose lungs are still developing;",
      "Outdoor workers: they breathe more air per hour than others.",
    ]);
    expect(sentences[1].end).toBe(list.start + list.text.length);
  });

  it("leaves a lead-in from another section alone", () => {
    const sentences = splitSentences([lead, { ...list, section: "Other" }], style);
    expect(sentences[1].text).toBe("The main groups at risk are:");
  });

  it("finishes a lead-in that ends on a preposition with an item that opens on a capital", () => {
    const [item] = bulletItems("- Lower IQ and reduced ability to pay attention\n- Slowed growth and development")!;
    expect(completedSentence("In children, low blood lead levels have been associated with:", item)).toBe(
      "In children, low blood lead levels have been associated with lower IQ and reduced ability to pay attention.",
    );
  });

  it("takes no item without a verb of its own for a sentence", () => {
    const paragraphs = [
      { text: "Homes may have lead pipes if they have:", start: 0, section: "Risk" },
      {
        text: "- Galvanized iron or steel pipes that were once connected to a lead service line\n- A service line installed before 1986 in an older neighbourhood",
        start: 50,
        section: "Risk",
      },
    ];
    const texts = splitSentences(paragraphs, { references: [], superscripts: false }).map((s) => s.text);
    expect(texts.some((text) => text.startsWith("Galvanized iron or steel pipes that"))).toBe(false);
  });
});
