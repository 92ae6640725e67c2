import { describe, expect, it } from "vitest";
import { findDefinition } from "./definition";

describe("findDefinition on what is not a definition", () => {
  it("starts a term after its preposition, and reads no pointer, place or enumeration as a meaning", () => {
    expect(
      findDefinition(
        "Geometry is described by the sky view factor, defined as the fraction of the sky that is visible.",
      ),
    ).toMatchObject({ term: "sky view factor", shown: "the sky view factor" });
    expect(findDefinition("Pettegree describes this as the creation of Brand Luther.")).toBeNull();
    expect(
      findDefinition("In humid regions, where cities convect heat less efficiently than forests, it is largest."),
    ).toBeNull();
    expect(
      findDefinition(
        "It spread through cheap vernacular pamphlets, a recognisable visual brand, woodcut propaganda and communal reading.",
      ),
    ).toBeNull();
  });
});

describe("findDefinition on lead-ins, properties and adverbials", () => {
  it("reads no list's lead-in, no property after 'which is' and no opening adverbial as a term", () => {
    expect(
      findDefinition(
        "Diagnosis proceeds in three steps: case detection with the ratio, confirmation with a suppression test, and subtype differentiation.",
      ),
    ).toBeNull();
    expect(
      findDefinition(
        "Radon forms through the radioactive decay of uranium-238, which is present in small amounts in nearly all rock.",
      ),
    ).toBeNull();
    expect(
      findDefinition(
        "In effect, the Gregory clause forced smallholders to choose between food and land, and it eased the clearances.",
      ),
    ).toBeNull();
    expect(findDefinition("Galvanized steel: dull gray, and scratching does not reveal a shiny metal")).toBeNull();
    expect(
      findDefinition("Hippocrates described podagra, the classic flare of the great toe, in the fifth century BCE."),
    ).toBeNull();
    expect(
      findDefinition(
        "The response to this crisis, a system of intercepting sewers designed by Joseph Bazalgette, is well known.",
      ),
    ).toBeNull();
    expect(
      findDefinition(
        "Historians have argued that the search was a collective and above all incremental enterprise, in which the chronometer and its rival developed together.",
      )?.term ?? "",
    ).not.toMatch(/above all/);
    expect(
      findDefinition(
        "Regardless of aetiology, the principal source of this matrix is the hepatic stellate cell, a perisinusoidal cell.",
      ),
    ).toBeNull();
    expect(
      findDefinition("Exhaust collects in tents Boats, where exhaust can collect near the stern and swim platform."),
    ).toBeNull();
    expect(findDefinition("Plastic: white, black or blue, often with printed lettering")).toBeNull();
    expect(
      findDefinition(
        "BBR paces packets at about BtlBw, which is the operating point Kleinrock identified in 1979 as optimal.",
      ),
    ).toBeNull();
    expect(
      findDefinition(
        "Familial hyperaldosteronism type II is caused by mutations in CLCN2, which is a chloride channel.",
      ),
    ).toMatchObject({ term: "CLCN2", meaning: "a chloride channel" });
  });
});

describe("findDefinition of a named account", () => {
  it("reads no meaning about a person the card does not name", () => {
    expect(findDefinition("Frontinus wrote de aquaeductibus, in which he complained about illegal taps.")).toBeNull();
  });

  it("reads no place or 'where …' clause as a meaning, and no 'further' thing as a term", () => {
    expect(findDefinition("Cotton came from India, where labour was cheap and skills were high.")).toBeNull();
    expect(findDefinition("The acid has four carbons, which is where the name C4 comes from.")).toBeNull();
    expect(findDefinition("A further constraint, the supply of text, limits scaling.")).toBeNull();
  });

  it("reads a glossary line, but no label such as 'Tags:' or a heading with a colon", () => {
    expect(findDefinition("Intrinsic load: the effort demanded by the material itself.")).toMatchObject({
      term: "Intrinsic load",
      meaning: "the effort demanded by the material itself",
    });
    expect(findDefinition("Tags: cognitive science, instructional design, memory.")).toBeNull();
    expect(findDefinition("Working memory: the bottleneck")).toBeNull();
  });

  it("reads no 'where' clause about a larger phrase, a trial's name, a cut term or a meaning cut before its last word", () => {
    expect(
      findDefinition(
        "Uncertainty remains for the timing of dialysis, where randomised data support a symptom-guided start.",
      ),
    ).toBeNull();
    expect(
      findDefinition("The benefit was seen in DAPA-CKD, in which one-third of participants did not have diabetes."),
    ).toBeNull();
    expect(
      findDefinition(
        'Bitcask, the storage engine originally developed for Riak, appends every write to a log file and keeps an in-memory "keydir" that maps each key to the file, offset, and size of its latest value.',
      )?.meaning ?? "",
    ).not.toMatch(/ in$/);
    expect(findDefinition("PM2.5: particles smaller than 2.5 micrometres in diameter.")).toMatchObject({
      term: "PM2.5",
    });
    expect(findDefinition("Plant: targeting new street trees at wards with low canopy cover first.")).toBeNull();
    expect(findDefinition("Sponsored trees: if you would like to fund a street tree, the cost is £395.")).toBeNull();
    expect(
      findDefinition(
        "Presbycusis is a bilateral, progressive sensorineural hearing loss that affects high frequencies first.",
      ),
    ).toMatchObject({ term: "Presbycusis" });
    expect(findDefinition("Finerenone is a nonsteroidal, selective MRA.")).toMatchObject({ term: "Finerenone" });
    expect(findDefinition("Lübeck is a city on the Baltic coast.")).toBeNull();
    expect(
      findDefinition("Wages rose despite the labour laws, which were laws enforced by the gentry as justices."),
    ).toBeNull();
    expect(
      findDefinition("Surface FcεRI, which is consequently down-regulated on mast cells and basophils, falls."),
    ).toBeNull();
    expect(
      findDefinition("Indoor space: most installations need a hot water cylinder of 150 to 250 litres."),
    ).toBeNull();
    expect(findDefinition("Zero-rate VAT: in Great Britain, heat pumps are charged at 0% VAT until 2027.")).toBeNull();
    expect(
      findDefinition("To count as permitted development: the noise must not exceed 42 dB at the window."),
    ).toBeNull();
    expect(findDefinition("Smoking is a major cause of chronic kidney disease.")).toBeNull();
    expect(
      findDefinition(
        "Neural presbycusis denotes loss of spiral ganglion neurons and is characterised by poor word recognition.",
      )?.meaning,
    ).toBe("loss of spiral ganglion neurons");
  });

  it("does not define 'a complementary account' as the name after it", () => {
    expect(
      findDefinition(
        "A complementary account, the synaptic homeostasis hypothesis, argues that sleep downscales synapses.",
      ),
    ).toBeNull();
  });
});

describe("findDefinition", () => {
  it("reads a participle apposition as what kind of thing the term names", () => {
    expect(
      findDefinition(
        "Circulating Tumor Cells (CTCs), shed from the primary tumor into the bloodstream, are active contributors.",
      ),
    ).toMatchObject({
      term: "Circulating Tumor Cells (CTCs)",
      meaning: "cells shed from the primary tumor into the bloodstream",
    });
    // A one-word term has no kind to name apart from itself.
    expect(findDefinition("Exosomes, released from cancer cells, act as communicators.")).toBeNull();
    expect(findDefinition("Prices, adjusted for inflation, rose sharply.")).toBeNull();
  });

  it("reads appositions, where-clauses, 'which are', 'refers to' and 'means that'", () => {
    expect(
      findDefinition(
        "Metastasis, the spread of cancer cells to distant sites, represents the deadliest aspect of cancer.",
      ),
    ).toMatchObject({
      term: "Metastasis",
      meaning: "the spread of cancer cells to distant sites",
      kind: "is",
    });
    expect(
      findDefinition(
        "Metastasis is not continuous; tumor dormancy, where cancer cells remain quiescent for years, poses a challenge.",
      ),
    ).toMatchObject({
      term: "tumor dormancy",
      meaning: "cancer cells remain quiescent for years",
      kind: "where",
    });
    expect(findDefinition("Exosomes, which are tiny vesicles released by cells, act as communicators.")).toMatchObject({
      term: "Exosomes",
      meaning: "tiny vesicles released by cells",
    });
    expect(
      findDefinition(
        "The concept of a 'metastatic niche' is crucial; it refers to the prepared microenvironment in distant organs.",
      ),
    ).toMatchObject({
      term: "metastatic niche",
      shown: "a metastatic niche",
    });
    expect(findDefinition("Quantitative easing means that a central bank buys government bonds.")).toMatchObject({
      term: "Quantitative easing",
      kind: "where",
    });
  });

  it("drops emphasis from the meaning and keeps a list whole", () => {
    expect(findDefinition("EMT is a critical process where cancer cells acquire invasive properties.")?.meaning).toBe(
      "a process where cancer cells acquire invasive properties",
    );
    expect(
      findDefinition(
        "Stewardship, defined as a set of interventions that promote the optimal choice, dose, route and duration of antibiotics, works.",
      )?.meaning,
    ).toBe("a set of interventions that promote the optimal choice, dose, route and duration of antibiotics");
  });

  it("takes no adverb or pointer for a term", () => {
    expect(findDefinition("Abroad, the league ran four trading posts, called kontors.")).toBeNull();
    expect(findDefinition("Its highest body, the Hanseatic Diet, met irregularly.")).toBeNull();
  });
});
