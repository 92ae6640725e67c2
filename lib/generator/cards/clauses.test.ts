import { describe, expect, it } from "vitest";
import { findActions, findConsequence, findObject, findPurpose, findReasons } from "./clauses";

const object = (text: string) => findObject(text)?.text ?? null;
const purpose = (text: string) => findPurpose(text)?.text ?? null;

describe("findObject and findPurpose", () => {
  it("finds what the main verb acts on, and what for", () => {
    const rates = "A central bank raises its policy interest rate to slow inflation.";
    expect(object(rates)).toBe("its policy interest rate");
    expect(purpose(rates)).toBe("slow inflation");
    expect(object("Ocean acidification lowers the carbonate saturation of seawater, which slows growth.")).toBe(
      "the carbonate saturation of seawater",
    );
    expect(object("Higher policy rates attract foreign capital and make the domestic currency stronger.")).toBe(
      "foreign capital",
    );
    expect(object("Herbivorous fish graze the seaweed that would otherwise smother young corals.")).toBe(
      "the seaweed that would otherwise smother young corals",
    );
  });

  it("reads past an opening adverbial and a verb the tagger took for a noun", () => {
    expect(object("Without the symbiotic algae, corals lose their main source of energy and turn white.")).toBe(
      "their main source of energy",
    );
    expect(object("Inflation expectations shape the prices that firms set.")).toBe("the prices that firms set");
    // A count after the noun starts an adverbial, and "a sentence" alone is one word to recall.
    expect(object("Recurrent neural networks process a sentence one token at a time.")).toBeNull();
  });

  it("finds nothing after a copula, a pronoun subject, an object with its complement or a pointer", () => {
    expect(object("Exosomes are tiny vesicles released by cells.")).toBeNull();
    expect(object("They attract foreign capital.")).toBeNull();
    expect(object("A stronger currency makes imported goods cheaper.")).toBeNull();
    expect(purpose("Cancer cells manipulate host cells to create this 'fertile soil' early.")).toBeNull();
  });
});

describe("findReasons", () => {
  it("takes several reasons after 'because' as one answer", () => {
    const decline =
      "The league declined because territorial states grew stronger, Dutch shippers undercut freight rates, and the herring shoals moved into the North Sea.";
    expect(findReasons(decline)?.items).toEqual([
      "territorial states grew stronger",
      "Dutch shippers undercut freight rates",
      "the herring shoals moved into the North Sea",
    ]);
    expect(findReasons("Prices rose because wages rose and firms raised margins.")?.items).toEqual([
      "wages rose",
      "firms raised margins",
    ]);
  });

  it("leaves a single reason, and a list of nouns, to the other templates", () => {
    expect(
      findReasons("Transformers add positional encodings because self-attention has no notion of order."),
    ).toBeNull();
    expect(
      findReasons("Habitat loss drives it, because hedgerows and meadows that provided forage have been converted."),
    ).toBeNull();
  });
});

describe("findActions", () => {
  it("takes two things one subject does", () => {
    expect(
      findActions("Battery management systems limit the charging current at low temperature and pre-heat the pack.")
        ?.items,
    ).toEqual(["limit the charging current at low temperature", "pre-heat the pack"]);
    expect(
      findActions("Without the symbiotic algae, corals lose their main source of energy and turn white.")?.items,
    ).toEqual(["lose their main source of energy", "turn white"]);
  });

  it("does not split an object whose second part is a participle before a noun", () => {
    expect(findActions("Metastatic cancer cells resist both conventional and targeted therapies.")).toBeNull();
    expect(findActions("Cells resist drugs.")).toBeNull();
  });
});

describe("findConsequence", () => {
  it("finds the property that follows from what a subject does", () => {
    expect(
      findConsequence(
        "Recurrent neural networks process a sentence one token at a time, which makes them slow to train on long sequences.",
      ),
    ).toEqual({
      subject: "Recurrent neural networks",
      action: "process a sentence one token at a time",
      property: "slow to train on long sequences",
    });
  });

  it("needs a property, not another event", () => {
    expect(findConsequence("Rates rose quickly, which makes them hit borrowers hard.")).toBeNull();
    expect(findConsequence("Rates are high, which makes them costly.")).toBeNull();
  });
});
