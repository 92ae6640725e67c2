/** A hand-made claim context for the card template tests. */
import type { ClaimGroup } from "../claims";
import type { Sentence } from "../sentences";
import type { Reference } from "../structure";
import type { Topic } from "../topics";
import { wordingOf, type CardContext, type Wording } from "./candidate";

export function sentence(text: string, citations: number[] = [], start = 0): Sentence {
  return { text, start, end: start + text.length, section: "Results", citations };
}

export function reference(number: number, title: string, year: number | null = 2020): Reference {
  return { number, authors: "Smith J", title, journal: "Journal", year, raw: `${number}. Smith J. ${title}.` };
}

/** A claim about the first topic whose sentence also names other phrases worth asking about. */
export const EMT_CLAIM =
  "Epithelial-mesenchymal transition (EMT) lets tumor cells invade surrounding tissue and enter blood vessels.";

export const TOPICS: Topic[] = [
  {
    id: "epithelial-mesenchymal-transition",
    name: "epithelial-mesenchymal transition",
    term: "epithelial-mesenchymal transition",
  },
  { id: "exosomes", name: "exosomes", term: "exosomes" },
  { id: "tumor-dormancy", name: "tumor dormancy", term: "tumor dormancy" },
  { id: "drug-resistance", name: "drug resistance", term: "drug resistance" },
];

/** A claim about EMT, cited as reference 1, in a deck with four topics and `referenceCount` references. */
export function claimContext(text: string, overrides: Partial<CardContext> = {}, referenceCount = 5): CardContext {
  const primary = sentence(text, [1]);
  const group: ClaimGroup = { primary, sentences: [primary], refs: [1] };
  const titles = ["EMT in metastasis", "Exosome cargo", "Dormant cells", "Resistant tumors", "Immune escape", "Niches"];
  const references = new Map(titles.slice(0, referenceCount).map((title, i) => [i + 1, reference(i + 1, title)]));
  return {
    claimId: "claim-1",
    group,
    topic: TOPICS[0],
    topics: TOPICS,
    acronyms: new Map([["EMT", "epithelial-mesenchymal transition"]]),
    references,
    phraseClaimCount: new Map(),
    claimCount: 10,
    ...overrides,
  };
}

export function primaryWording(context: CardContext): Wording {
  return wordingOf(context.group.primary, 0);
}
