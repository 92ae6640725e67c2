import { describe, expect, it } from "vitest";
import { findColonList, findLists, findMarkedList, findNumbers, findRelations } from "./spans";

const items = (text: string) => findLists(text).map((list) => list.items);

describe("findLists", () => {
  it("finds noun enumerations after a verb, a preposition or 'including', without their articles", () => {
    expect(
      items(
        "Drug resistance arises from factors like the tumor microenvironment, genetic heterogeneity, and altered signaling pathways.",
      ),
    ).toEqual([["tumor microenvironment", "genetic heterogeneity", "altered signaling pathways"]]);
    expect(items("Habitat loss, pesticide exposure and pathogen spillover act together.")).toEqual([
      ["Habitat loss", "pesticide exposure", "pathogen spillover"],
    ]);
  });

  it("finds verb enumerations and parallel gerunds", () => {
    expect(
      items(
        "Exosomes can prime pre-metastatic niches, foster angiogenesis, and transfer pro-metastatic factors to distant sites.",
      ),
    ).toEqual([
      ["prime pre-metastatic niches", "foster angiogenesis", "transfer pro-metastatic factors to distant sites"],
    ]);
    expect(
      items(
        "Advances in detecting CTCs now allow their use as biomarkers for predicting metastasis and monitoring treatment response.",
      ),
    ).toEqual([["predicting metastasis", "monitoring treatment response"]]);
  });

  it("finds two qualities of one noun, and leaves a shared 'of' phrase in the sentence", () => {
    expect(items("This transformation enhances their migratory and invasive capabilities.")).toEqual([
      ["migratory", "invasive"],
    ]);
    expect(
      items(
        "The metastatic niche shows how distant organs are prepared to support the arrival and growth of disseminated tumor cells.",
      ),
    ).toEqual([["arrival", "growth"]]);
    // Bare nouns in the middle: the head before them and the phrase after them belong to the whole list.
    expect(
      items(
        "These cells alter their metabolic pathways to fulfill the heightened demands of migration, invasion, and proliferation in unfamiliar environments.",
      ),
    ).toEqual([["migration", "invasion", "proliferation"]]);
    expect(items("Cycle ageing depends on depth of discharge, current and temperature.")).toEqual([
      ["depth of discharge", "current", "temperature"],
    ]);
  });

  it("does not read joined clauses, gapped clauses or names with 'and' as lists", () => {
    expect(
      items("Commercial banks hold reserves at the central bank, and the interest paid on reserves sets a floor."),
    ).toEqual([]);
    expect(items("Stockfish came from Bergen and salted herring from Scania.")).toEqual([]);
    expect(items("Prospective audit and feedback remains the most sustainable model.")).toEqual([]);
    expect(
      items(
        "The league declined because territorial states grew stronger, Dutch shippers undercut freight rates, and the herring shoals moved.",
      ),
    ).toEqual([]);
  });
});

describe("findNumbers", () => {
  it("takes a number with its unit, written in digits or words", () => {
    const numbers = (text: string) => findNumbers(text).map((span) => span.text);
    expect(numbers("Storing a cell at 25 °C instead of 40 °C halves its loss.")).toEqual(["25 °C", "40 °C"]);
    expect(numbers("Stewardship cut use by 19% without increasing mortality.")).toEqual(["19%"]);
    expect(numbers("Courses of 5 days are as effective as 10-day courses.")).toEqual(["5 days", "10-day"]);
    expect(numbers("Reefs recover within ten to fifteen years.")).toEqual(["ten to fifteen years"]);
    expect(numbers("The model was published in 2017.")).toEqual([]);
    // A range is one fact.
    expect(numbers("Between 30% and 50% of prescriptions are unnecessary.")).toEqual(["Between 30% and 50%"]);
    expect(numbers("Survival rose from 12 months to 40 months.")).toEqual(["from 12 months to 40 months"]);
    expect(numbers("Reduction was 19% and mortality 2%.")).toEqual(["19%", "2%"]);
  });
});

describe("findNumbers in dates and notations", () => {
  it("takes a whole date, and no name after a year or position in a sequence notation", () => {
    const texts = (sentence: string) => findNumbers(sentence).map((span) => span.text);
    expect(texts("On 31 October 1517 Martin Luther sent his theses.")).toEqual(["31 October 1517"]);
    expect(texts("In 1519 Luther met Lotter.")).toEqual(["1519"]);
    expect(texts("Before 1517 it was a small town.")).toEqual(["1517"]);
    expect(texts("It requires an adjacent 5'-NGG-3' motif.")).toEqual([]);
  });
});

describe("findNumbers with a compound unit", () => {
  it("takes the whole compound noun as the unit", () => {
    expect(findNumbers("It corresponds to about 20 training tokens per parameter.").map((s) => s.text)).toEqual([
      "20 training tokens",
    ]);
  });
});

describe("findMarkedList", () => {
  it("reads an enumeration the author numbered, and leaves long numbered clauses", () => {
    const strategies =
      "Bacteria escape antibiotics in four ways: (i) enzymatic inactivation of the drug, (ii) modification of the target, (iii) reduced permeability and (iv) active efflux.";
    expect(findMarkedList(strategies)?.items).toEqual([
      "enzymatic inactivation of the drug",
      "modification of the target",
      "reduced permeability",
      "active efflux",
    ]);
    expect(
      findMarkedList(
        "The factors are: (1) the replacement of vegetation and moist soil with impervious surfaces that reduce cooling; (2) low albedo; (3) heat capacity.",
      ),
    ).toBeNull();
  });
});

describe("findNumbers with spaced thousands", () => {
  it("reads '15 459' as one number", () => {
    expect(findNumbers("The trial enrolled 15 459 infants and young children.").map((s) => s.text)).toEqual([
      "15 459 infants",
    ]);
  });
});

describe("findNumbers next to function words and percent units", () => {
  it("takes no 'by' as a unit, and keeps a unit's percent sign", () => {
    const texts = (sentence: string) => findNumbers(sentence).map((span) => span.text);
    expect(texts("The railway was finished in 1877 by British engineers.")).toEqual(["1877"]);
    expect(texts("Cathodes hold about 70 wt% sulfur.")).toEqual(["70 wt%"]);
  });
});

describe("findNumbers before a verb", () => {
  it("takes no auxiliary for a unit", () => {
    expect(findNumbers("Progress since 2020 has come from shorter regimens.").map((s) => s.text)).not.toContain(
      "2020 has",
    );
    expect(findNumbers("The trial enrolled 860 patients.").map((s) => s.text)).toEqual(["860 patients"]);
  });
});

describe("findRelations", () => {
  it("takes the cause, effect or purpose after its cue, to the clause's end", () => {
    const spans = findRelations(
      "This quiescent state allows cells to evade detection and treatment, making them a source of relapse.",
    );
    expect(spans[0]).toMatchObject({ text: "evade detection and treatment" });
    expect(findRelations("Lower spending reduces prices because demand falls.")[0].text).toBe("demand falls");
  });
});

describe("findColonList", () => {
  it("reads the items after a colon, split by semicolons or by commas and 'and'", () => {
    expect(findColonList("The main groups at risk are: children; older adults; outdoor workers.")?.items).toEqual([
      "children",
      "older adults",
      "outdoor workers",
    ]);
    expect(
      findColonList("Managers reduce smoke in three ways: prescribed burning, thinning stands, and clean-air shelters.")
        ?.items,
    ).toEqual(["prescribed burning", "thinning stands", "clean-air shelters"]);
  });

  it("keeps a thousands comma inside its item", () => {
    expect(
      findColonList(
        "The Boiler Upgrade Scheme offers two grants: £7,500 for a heat pump, and £5,000 for a biomass boiler.",
      )?.items,
    ).toEqual(["£7,500 for a heat pump", "£5,000 for a biomass boiler"]);
  });

  it("drops an item's aside, and refuses a list whose count the lead-in contradicts", () => {
    expect(
      findColonList("Three drugs are now licensed: omalizumab (anti-IgE), dupilumab (anti-IL-4R) and tezepelumab.")
        ?.items,
    ).toEqual(["omalizumab", "dupilumab", "tezepelumab"]);
    expect(
      findColonList("Six antibodies are now licensed: omalizumab, mepolizumab and reslizumab, and dupilumab."),
    ).toBeNull();
  });

  it("keeps 'aged 50 years or older' one item", () => {
    expect(findColonList("Uptake is poor: only 14.2% of US adults aged 50 years or older used aids.")).toBeNull();
  });

  it("is no list for a glossary line, a short label, a long item or a second colon", () => {
    expect(findColonList("Air quality index: a scale that converts concentrations into categories.")).toBeNull();
    expect(findColonList("Risk: children, adults.")).toBeNull();
    expect(
      findColonList("The main causes are: the slow and steady replacement of rural land by new suburbs, and drought."),
    ).toBeNull();
    expect(findColonList("Two aims: speed: safety, and cost.")).toBeNull();
  });

  it("keeps 'per year' with a figure", () => {
    expect(findNumbers("Human cases are rare: usually 1 to 3 per year.").map((n) => n.text)).toContain(
      "1 to 3 per year",
    );
  });

  it("reads no list whose item opens on 'with'", () => {
    expect(
      findColonList("The recommended exposure limit is as follows: 35 ppm over a workday, with a ceiling of 200 ppm."),
    ).toBeNull();
  });

  it("reads no list in an instruction whose commas set off an aside", () => {
    expect(
      findColonList(
        "If your alarm sounds or anyone has symptoms: get everyone, including pets, out to fresh air immediately.",
      ),
    ).toBeNull();
  });
});
