import { describe, expect, it } from "vitest";
import { namesOf, namingSection, titleSubject, withArticleContext } from "./article-context";

const TITLE = "The Hanseatic League: Trade Networks of Medieval Northern Europe";
const SUBJECT = titleSubject(TITLE);

describe("withArticleContext", () => {
  it("heads a prompt that names nothing of the article with the title's subject", () => {
    expect(
      withArticleContext("The last diet met in _____, attended by only nine towns.", "1669", SUBJECT, "decline"),
    ).toBe("The Hanseatic League: The last diet met in _____, attended by only nine towns.");
  });

  it("leaves a prompt that names the subject or its topic, and one whose answer the heading would give", () => {
    const named = "Abroad, the Hanseatic merchants ran four trading posts called _____.";
    expect(withArticleContext(named, "kontors", SUBJECT, null)).toBe(named);
    // "the league" is not a name: the subject's own word ("Hanseatic") is.
    expect(withArticleContext("Abroad, the league ran four posts called _____.", "kontors", SUBJECT, null)).toBe(
      "The Hanseatic League: Abroad, the league ran four posts called _____.",
    );
    const topical = "Kontors housed _____.";
    expect(withArticleContext(topical, "merchants", SUBJECT, "kontor")).toBe(topical);
    const giving = "A kontor was a compound where _____ lived.";
    expect(withArticleContext(giving, "Hanseatic merchants", SUBJECT, null)).toBe(giving);
  });

  it("reads a compound of common words as common, and lets a heading share one word of a clause answer", () => {
    const coral = "Coral Bleaching Under Marine Heatwaves";
    const named = "Coral bleaching happens when _____.";
    expect(withArticleContext(named, "heat stress makes corals expel their algae", titleSubject(coral), null)).toBe(
      named,
    );
    const models = "Attention-Based Sequence Models";
    expect(
      withArticleContext(
        "Tokens attend to each other because _____.",
        "the transformer replaces recurrence with self-attention",
        titleSubject(models),
        null,
      ),
    ).toBe("Attention-Based Sequence Models: Tokens attend to each other because _____.");
  });

  it("takes a subtitle the article keeps using over a catchy title it does not", () => {
    const title = "Print and Protest: The Printing Press and the Lutheran Reformation";
    const body =
      "The printing press spread the Lutheran Reformation. Printing made the press central; the Reformation and Lutheran pamphlets followed.";
    expect(titleSubject(title, body)).toBe("The Printing Press and the Lutheran Reformation");
    // A short generic subtitle ("Drivers and Remedies") does not replace a title the article uses.
    const pollinators = "Pollinator Decline in Agricultural Landscapes: Drivers and Remedies";
    expect(
      titleSubject(pollinators, "Pollinator decline has drivers and remedies; drivers act and remedies help."),
    ).toBe("Pollinator Decline in Agricultural Landscapes");
  });

  it("takes what a long subtitle's review is of, headed with a capital", () => {
    const title =
      "Slowing the decline: an updated clinical review of chronic kidney disease progression, from staging to kidney replacement therapy";
    const body = "Chronic kidney disease progression is slow. Kidney disease progression varies. Chronic disease.";
    expect(titleSubject(title, body)).toBe("chronic kidney disease progression");
    const timar = "Soldiers, Peasants, and Tax Farmers: The Timar System and Its Transformation, c. 1500–1750";
    const timarBody =
      "The timar system held. Each timar paid. A timar holder served. Peasants paid tax; the system bent.";
    expect(titleSubject(timar, timarBody)).toBe("The Timar System and Its Transformation");
    const venice = "Dolphin and Anchor: Printing, Profit and Control in Renaissance Venice";
    const veniceBody = "Printing in Venice grew. Venice printers sought profit; Venice control of printing tightened.";
    expect(titleSubject(venice, veniceBody)).toBe("Printing, Profit and Control in Renaissance Venice");
    const anticoagulants =
      "Oral Anticoagulants in Contemporary Practice: Mechanisms, Pharmacokinetics and Reversal Strategies";
    const drugsBody =
      "Mechanisms of action differ. Pharmacokinetics vary; reversal strategies exist. Reversal strategies and mechanisms matter. Oral anticoagulants.";
    expect(titleSubject(anticoagulants, drugsBody)).toBe("Oral Anticoagulants in Contemporary Practice");
    expect(withArticleContext("Risk rises by _____.", "5%", titleSubject(title, body), null)).toBe(
      "Chronic kidney disease progression: Risk rises by _____.",
    );
  });

  it("takes the part of the title before its colon, and nothing from an untitled article", () => {
    expect(titleSubject(TITLE)).toBe("The Hanseatic League");
    expect(titleSubject("Untitled article")).toBeNull();
    expect(withArticleContext("X rose by _____.", "5%", titleSubject("Untitled article"), null)).toBe(
      "X rose by _____.",
    );
  });
});

describe("namingSection", () => {
  it("takes a section named by something of its own, not a generic one", () => {
    expect(namingSection("RTS,S/AS01")).toBe("RTS,S/AS01");
    expect(namingSection("Efficacy in Clinical Trials")).toBeNull();
    expect(namingSection("Pre-training")).toBeNull();
    expect(namingSection("Introduction")).toBeNull();
    expect(namingSection("ABSTRACT")).toBeNull();
    // "Raft" is a word, but the article writes it only as a name.
    const names = namesOf("Leaders in Raft send heartbeats, and followers in Raft vote. Paxos is older than a raft");
    expect(namingSection("Raft", names)).toBeNull();
    const named = namesOf("Leaders in Raft send heartbeats, and followers in Raft vote once per term.");
    expect(namingSection("Raft", named)).toBe("Raft");
    expect(namingSection("SGLT2 inhibitors")).toBe("SGLT2 inhibitors");
  });

  it("heads a prompt that says only where the subject is of, not the subject itself", () => {
    expect(
      withArticleContext("Short-term tests remain in your home for _____.", "2 to 90 days", "Radon in the Home", null),
    ).toBe("Radon in the Home: Short-term tests remain in your home for _____.");
    expect(
      withArticleContext("Radon enters through cracks in the _____.", "foundation", "Radon in the Home", null),
    ).toBe("Radon enters through cracks in the _____.");
  });
});
