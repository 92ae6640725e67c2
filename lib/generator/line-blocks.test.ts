import { describe, expect, it } from "vitest";
import { cleanArticleText } from "./clean";
import { isLinePerBlock, separateLineBlocks } from "./line-blocks";
import { parseStructure } from "./structure";
import { splitSentences } from "./sentences";

const paragraph = (topic: string) =>
  `${topic} is described here at the length of a real paragraph, which a browser copies onto one line of its own because the page set it as one block, long past any printed column's width.`;

const page = [
  "Skip to main content",
  "Harwick City Council",
  "Search this site",
  "Menu",
  "Home",
  "Bins and recycling",
  "Council tax",
  "Home > Environment > Urban Tree Canopy Programme",
  "Urban Tree Canopy Programme",
  "Page last reviewed: 11 March 2025",
  "On this page",
  "Why trees matter",
  "Our canopy targets",
  "Glossary",
  paragraph("The canopy programme"),
  "Why trees matter",
  "A healthy, mature tree:",
  "cools the air around it through shade and evapotranspiration",
  "stores carbon in its wood and roots for as long as it lives",
  paragraph("Tree planting"),
  "Our canopy targets",
  paragraph("Canopy cover"),
  paragraph("Street tree care"),
].join("\n");

describe("separateLineBlocks", () => {
  it("reads a page copied from a browser as one block per line, and leaves other text alone", () => {
    expect(isLinePerBlock(page)).toBe(true);
    const pdf = Array.from({ length: 20 }, () => "a printed column wraps its lines well short of one hundred").join(
      "\n",
    );
    expect(isLinePerBlock(pdf)).toBe(false);
    expect(separateLineBlocks(pdf)).toBe(pdf);
  });

  it("drops the menu and the page's contents, keeps the title, and lists the lines after a lead-in", () => {
    const blocks = separateLineBlocks(page).split("\n\n");
    expect(blocks).not.toContain("Bins and recycling");
    expect(blocks).not.toContain("Our canopy targets\n\nGlossary");
    expect(blocks).toContain("Urban Tree Canopy Programme");
    expect(blocks).toContain(
      "- cools the air around it through shade and evapotranspiration\n- stores carbon in its wood and roots for as long as it lives",
    );
  });

  it("gives the page its title and finishes the lead-in's sentence with each item", () => {
    const structure = parseStructure(cleanArticleText(page));
    expect(structure.title).toBe("Urban Tree Canopy Programme");
    const sentences = splitSentences(structure.paragraphs, { references: [], superscripts: false }).map((s) => s.text);
    expect(sentences).toContain("A healthy, mature tree cools the air around it through shade and evapotranspiration.");
  });

  it("drops a contents list of questions the page repeats below as its headings", () => {
    const questions = page
      .replace("On this page\nWhy trees matter", "On this page\nWhy do trees matter?")
      .replace(/\nWhy trees matter\nA healthy/, "\nWhy do trees matter?\nA healthy");
    const structure = parseStructure(cleanArticleText(questions));
    const sections = [...new Set(structure.paragraphs.map((p) => p.section))];
    expect(sections).toContain("Why do trees matter?");
    expect(sections).not.toContain("On this page");
    const blocks = separateLineBlocks(questions).split("\n\n");
    expect(blocks.filter((block) => block === "Why do trees matter?")).toHaveLength(1);
  });

  it("takes the crumb's last step written again for the title, and keeps headings its contents list repeated", () => {
    const lines = [
      "Skip to main content",
      "Westmore Department of Health",
      "Menu",
      "Home",
      "Health Topics",
      "Environmental Health",
      "Drinking Water",
      "Lead in Drinking Water",
      "Lead in Drinking Water",
      paragraph("Lead in tap water"),
      "On this page",
      "Why lead is a concern",
      "Steps to reduce lead in your water",
      "Testing your water",
      "Why lead is a concern",
      paragraph("Lead exposure"),
      "Steps to reduce lead in your water",
      paragraph("Flushing the tap"),
      "Testing your water",
      paragraph("A certified laboratory"),
      paragraph("Sampling"),
    ];
    const structure = parseStructure(cleanArticleText(lines.join("\n")));
    expect(structure.title).toBe("Lead in Drinking Water");
    expect([...new Set(structure.paragraphs.map((p) => p.section))]).toEqual(
      expect.arrayContaining(["Why lead is a concern", "Steps to reduce lead in your water", "Testing your water"]),
    );
  });

  it("reads a page whose menu, table and footer leave few long lines, with its short list items and its title", () => {
    const shortLines = (count: number, word: string) =>
      Array.from({ length: count }, (_, i) => `${word} ${String.fromCharCode(65 + i)}`);
    const lines = [
      "Skip to main content",
      ...shortLines(12, "Menu entry"),
      "Home",
      "Environmental Health",
      "Carbon Monoxide Poisoning",
      "Carbon Monoxide (CO) Poisoning",
      paragraph("Carbon monoxide"),
      "Signs and symptoms",
      "The most common symptoms of CO poisoning are:",
      "Headache (the single most common symptom)",
      "Dizziness",
      "Chest pain",
      "Confusion",
      paragraph("Symptom onset"),
      ...shortLines(12, "Table row"),
      paragraph("Alarm placement"),
      ...shortLines(12, "Footer link"),
    ];
    expect(isLinePerBlock(lines.join("\n"))).toBe(true);
    const structure = parseStructure(cleanArticleText(lines.join("\n")));
    expect(structure.title).toBe("Carbon Monoxide (CO) Poisoning");
    const sentences = splitSentences(structure.paragraphs, { references: [], superscripts: false }).map((s) => s.text);
    expect(sentences).toContain("The most common symptoms of CO poisoning are: Headache; Dizziness; Chest pain.");
  });
});
