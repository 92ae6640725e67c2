import { describe, expect, it } from "vitest";
import {
  opensOnNounBefore,
  isFiller,
  isPureEvaluation,
  leansOnPrevious,
  resolveInnerPointers,
  resolvePointer,
  withFullerSubject,
  withoutOpener,
} from "./discourse";

describe("discourse", () => {
  it("drops discourse openers", () => {
    expect(withoutOpener("Moreover, the niche prepares distant organs.")).toBe("The niche prepares distant organs.");
    expect(withoutOpener("In parallel, immunotherapy has emerged.")).toBe("Immunotherapy has emerged.");
    expect(withoutOpener("Moreau showed this.")).toBe("Moreau showed this.");
  });

  it("tells evaluation from statements that say what or why", () => {
    expect(isPureEvaluation("Understanding these resistance factors is paramount for devising novel strategies.")).toBe(
      true,
    );
    expect(isPureEvaluation("It is crucial to investigate why some patients respond.")).toBe(true);
    expect(isPureEvaluation("Tumor dormancy is crucial.")).toBe(true);
    expect(
      isPureEvaluation(
        "Current strategies involve checkpoint inhibitors, but understanding patient response is vital.",
      ),
    ).toBe(false);
    expect(isPureEvaluation("Exosomes prime pre-metastatic niches.")).toBe(false);
  });

  it("calls evaluative or empty wording filler", () => {
    expect(isFiller("crucial role")).toBe(true);
    expect(isFiller("a key process")).toBe(true);
    expect(isFiller("extracellular matrix")).toBe(false);
  });

  it("replaces a leading pointer by the previous subject or the topic, or gives up", () => {
    expect(resolvePointer("They act as communicators.", "Exosomes carry cargo to distant sites.", null)).toBe(
      "Exosomes act as communicators.",
    );
    expect(
      resolvePointer("This resistance stems from many mechanisms.", "Treating cancer is hard.", "drug resistance"),
    ).toBe("Drug resistance stems from many mechanisms.");
    expect(resolvePointer("This quiescent state allows escape.", "Cells sleep.", "tumor dormancy")).toBe(
      "Tumor dormancy allows escape.",
    );
    expect(resolvePointer("These cells alter their metabolism.", "Cells sleep now.", "tumor dormancy")).toBeNull();
    // A subject the split cut inside a word ("Grid-connected inverters") stands for nothing; nor does a topic enrol.
    expect(
      resolvePointer(
        "They typically last 10 to 15 years.",
        "Grid-connected inverters must disconnect during a cut.",
        null,
      ),
    ).toBeNull();
    expect(resolvePointer("It enrolled 977 adults aged 70 to 84.", "Trials matter.", "hearing loss")).toBeNull();
    expect(
      resolvePointer(
        "It set maximum daily rates for building workers.",
        "In 1351, going further, came the statute.",
        "Black Death",
      ),
    ).toBeNull();
    // No plain subject before ("Cancer cells undergoing…"), but a phrase with the same noun.
    expect(
      resolvePointer(
        "These cells alter their metabolism.",
        "Cancer cells undergoing metastasis demand energy, achieved through metabolic reprogramming.",
        "metabolic reprogramming",
      ),
    ).toBe("Cancer cells alter their metabolism.");
  });

  it("takes emphasis without content for evaluation: a role, a central place, another mechanism", () => {
    expect(isPureEvaluation("Circulating Tumor Cells (CTCs) play a crucial role in metastasis.")).toBe(true);
    expect(isPureEvaluation("The TME plays an active, rather than passive, role in driving metastasis.")).toBe(true);
    expect(isPureEvaluation("Another pivotal mechanism in metastasis is the epithelial-mesenchymal transition.")).toBe(
      true,
    );
    expect(isPureEvaluation("Exosomes play a role in priming niches, stimulating angiogenesis.")).toBe(false);
  });

  it("names 'this cost' or 'this decline' from the sentence before or the title", () => {
    expect(
      resolveInnerPointers("Sparse patterns reduce this cost.", ["The cost of self-attention grows quadratically."]),
    ).toBe("Sparse patterns reduce the cost of self-attention.");
    expect(resolveInnerPointers("Habitat loss drives this decline.", ["Pollinator Decline in Farmland"])).toBe(
      "Habitat loss drives the pollinator decline.",
    );
  });

  it("knows a sentence that is one step of a list or one side of a comparison, and an opinion", () => {
    expect(leansOnPrevious("First, take-up was low.")).toBe(true);
    expect(leansOnPrevious("In contrast, existing owners invested more.")).toBe(true);
    expect(leansOnPrevious("Take-up was low at first.")).toBe(false);
    expect(isPureEvaluation("In my opinion, the aqueducts were the greatest Roman achievement.")).toBe(true);
  });

  it("opens on the fuller name that the sentence before or the title gave a bare noun", () => {
    expect(withFullerSubject("The theory rests on two kinds of memory.", ["Cognitive Load Theory: A Primer"])).toBe(
      "The cognitive load theory rests on two kinds of memory.",
    );
    expect(
      withFullerSubject("The rebellion cut the western routes.", [
        "Trade collapsed after the An Lushan Rebellion of 755.",
        "Silk Roads",
      ]),
    ).toBe("The An Lushan Rebellion cut the western routes.");
    expect(withFullerSubject("The league declined.", ["The Hanseatic League: Trade Networks"])).toBe(
      "The Hanseatic League declined.",
    );
    expect(withFullerSubject("The cells divide.", ["Nothing else is named here."])).toBe("The cells divide.");
    expect(withFullerSubject("The system was abolished in 1831.", ["The Timar System and Its Decline"])).toBe(
      "The Timar System was abolished in 1831.",
    );
    // "İnalcık" lower-cases to one more character; the phrase after it keeps its first letter.
    expect(
      withFullerSubject("The household held land.", ["As İnalcık (1994) showed, a peasant household (hane) farmed."]),
    ).toBe("The peasant household held land.");
  });

  it("gives 'the league' the title's proper name, and leaves nouns the title does not name or names in another number", () => {
    const title = "The Hanseatic League: Trade Networks of Medieval Northern Europe";
    expect(withFullerSubject("The league declined in the sixteenth century.", [title])).toBe(
      "The Hanseatic League declined in the sixteenth century.",
    );
    expect(withFullerSubject("The league declined.", ["Trade in Medieval Europe"])).toBe("The league declined.");
    expect(withFullerSubject("The model is slow.", ["Attention-Based Sequence Models"])).toBe("The model is slow.");
    expect(withFullerSubject("The cells divide.", ["The Cell League"])).toBe("The cells divide.");
  });

  it("takes the authors of a narrative citation as the subject 'They' stands for", () => {
    expect(
      resolvePointer("They concluded that data should grow.", "Hoffmann et al. (2022) trained 400 models.", null),
    ).toBe("Hoffmann et al. concluded that data should grow.");
  });

  it("names what 'these compounds' and 'such margins' stand for", () => {
    expect(
      resolveInnerPointers("Bees exposed to these compounds collect less pollen.", [
        "Neonicotinoid insecticides impair the foraging of honeybees.",
      ]),
    ).toBe("Bees exposed to the neonicotinoid insecticides collect less pollen.");
    expect(
      resolveInnerPointers("Farms that sow such margins report higher yields.", [
        "Flower-rich field margins restore wild bee abundance.",
      ]),
    ).toBe("Farms that sow the flower-rich field margins report higher yields.");
    // A class noun with no plural subject before it stays a pointer.
    expect(resolveInnerPointers("Bees avoid these compounds.", ["Pesticide use rose."])).toBe(
      "Bees avoid these compounds.",
    );
  });

  it("knows a bare definite noun the sentences before introduced, but not a name or a noun that says more", () => {
    const earlier = "An in-line fan, installed in the attic, runs continuously and creates a small vacuum.";
    expect(opensOnNounBefore("The fan usually uses 50 to 150 watts of electricity.", earlier)).toBe(true);
    expect(
      opensOnNounBefore("The fan usually uses 50 to 150 watts of electricity.", "Radon enters through cracks."),
    ).toBe(false);
    expect(opensOnNounBefore("The fan of a sub-slab system uses 50 to 150 watts.", earlier)).toBe(false);
    expect(opensOnNounBefore("The RTO fan is reset after each timeout.", earlier)).toBe(false);
    expect(opensOnNounBefore("The attic fan usually uses 50 watts.", earlier)).toBe(false);
  });

  it("resolves 'It' to a subject the sentence before gave with an aside", () => {
    expect(
      resolvePointer(
        "It forms in soil and rock.",
        "Radon (chemical symbol Rn) is a naturally occurring radioactive noble gas.",
        null,
      ),
    ).toBe("Radon forms in soil and rock.");
  });

  it("takes no gerund's object for the fuller name of 'these values'", () => {
    expect(
      resolveInnerPointers("Because the grid linked each sign, these values propagated to many more words.", [
        "Assigning tentative values, he read ko-no-so as Knossos.",
      ]),
    ).not.toMatch(/assigning/i);
  });
});
