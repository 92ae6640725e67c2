import { describe, expect, it } from "vitest";
import { hasDanglingPronoun, resolveDanglingPronoun } from "./pronouns";

describe("resolveDanglingPronoun", () => {
  it("names whose capabilities a quoted sentence means, from the sentence before", () => {
    const previous = "During EMT, cancer cells undergo a fundamental shift, shedding their epithelial characteristics.";
    expect(resolveDanglingPronoun("EMT significantly enhances their migratory capabilities.", previous)).toEqual({
      text: "EMT significantly enhances cancer cells' migratory capabilities.",
      unresolved: false,
    });
    // The first one named, the next reads naturally.
    expect(resolveDanglingPronoun("EMT makes them invasive, equipping them to escape.", previous).text).toBe(
      "EMT makes cancer cells invasive, equipping them to escape.",
    );
  });

  it("leaves a pronoun whose plural noun the sentence already has", () => {
    const text = "Exosomes carry their cargo to distant sites.";
    expect(resolveDanglingPronoun(text, "Cells release vesicles.")).toEqual({ text, unresolved: false });
    const people = "When people expect high inflation, they ask for higher wages.";
    expect(resolveDanglingPronoun(people, "Inflation expectations matter.").text).toBe(people);
  });

  it("does not take a singular word in -is or -us for a plural antecedent", () => {
    const previous = "Metastasis, the spread of cancer cells from a primary tumor, is deadly.";
    expect(resolveDanglingPronoun("The niche supports their survival.", previous).text).toBe(
      "The niche supports cancer cells' survival.",
    );
  });

  it("reads 'their' after 'any resident' as the resident's", () => {
    const text = "Any resident or business can ask us to plant a tree outside their property.";
    expect(resolveDanglingPronoun(text, "Soil cells support the paving.")).toEqual({ text, unresolved: false });
  });

  it("leaves a pronoun in a contraction unresolved", () => {
    const text = "If your child is at risk, they'll usually be prescribed two auto-injectors.";
    expect(resolveDanglingPronoun(text, "Symptoms start within minutes.")).toEqual({ text, unresolved: true });
  });

  it("reports a pronoun that nothing before names", () => {
    expect(resolveDanglingPronoun("The league taxed their ships.", "Trade grew.")).toEqual({
      text: "The league taxed their ships.",
      unresolved: true,
    });
    expect(resolveDanglingPronoun("The league taxed their ships.", null).unresolved).toBe(true);
  });
});

describe("hasDanglingPronoun", () => {
  it("reads 'it' after only plural nouns as pointing back", () => {
    expect(hasDanglingPronoun("There are two basic ways to find it: _____ (two items).")).toBe(true);
  });

  it("reads 'he' after an opening participle phrase as pointing back", () => {
    expect(hasDanglingPronoun("Comparing enclosed and open villages in the South Midlands, he found that _____.")).toBe(
      true,
    );
  });

  it("accepts a pronoun whose noun the prompt names before it, or whose antecedent is the blank", () => {
    expect(hasDanglingPronoun("A traction battery reaches end of life when its capacity falls to _____.")).toBe(false);
    expect(hasDanglingPronoun("_____ keeps its accuracy after distillation.")).toBe(false);
    expect(hasDanglingPronoun("Exosomes carry cargo, and they prime _____.")).toBe(false);
  });

  it("refuses one that stands for nothing the prompt says", () => {
    expect(hasDanglingPronoun("It actively drives _____.")).toBe(true);
    expect(hasDanglingPronoun("The niche supports them in _____.")).toBe(true);
  });
});

describe("hasDanglingPronoun with people", () => {
  it("needs a name before 'he' or 'his'", () => {
    expect(hasDanglingPronoun("In _____ alone he published three treatises.")).toBe(false);
    expect(hasDanglingPronoun("In 1520 alone he published three treatises.")).toBe(true);
    expect(hasDanglingPronoun("In 1520 Luther wrote that he would not recant.")).toBe(false);
  });
});

describe("hasDanglingPronoun after an opening phrase", () => {
  it("reads a subject pronoun before any verb as pointing back, whatever nouns the opening phrase has", () => {
    expect(hasDanglingPronoun("In the clinical laboratory it is expressed as the MIC.")).toBe(true);
    expect(hasDanglingPronoun("The enzyme is active until it is inhibited.")).toBe(false);
  });

  it("leaves 'their' after two names the sentence gives", () => {
    const text = "Chadwick wrote to Ventris, and their collaboration supplied a knowledge of Greek grammar.";
    expect(resolveDanglingPronoun(text, "Greek dialects preserved older forms.")).toEqual({ text, unresolved: false });
  });
});
