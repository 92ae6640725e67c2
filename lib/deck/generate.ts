import { createHash } from "node:crypto";
import { cleanArticleText } from "./clean";
import { parseStructure } from "./structure";
import { splitSentences, stripCitations, type Sentence } from "./sentences";
import { displayName, findTerm, normaliseTerm, slugify, topicFromReferenceTitle } from "./topics";
import type { GeneratedCard, GeneratedClaim, GeneratedDeck, GeneratedMechanism, SourceSpan } from "./types";

const BLANK = "_____";

export function stableKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32);
}

const normaliseSentence = (sentence: string) => stripCitations(sentence).toLowerCase().replace(/\s+/g, " ");

function spanOf(sentence: Sentence): SourceSpan {
  return { section: sentence.section, sentence: sentence.text, start: sentence.start, end: sentence.end };
}

/** Blanks the term and an acronym in parentheses right after it, so the gap does not give itself away. */
export function clozeOf(sentence: string, term: string): { prompt: string; answer: string } | null {
  const text = stripCitations(sentence);
  const found = findTerm(text, term);
  if (!found) return null;
  let after = text.slice(found.index + found.surface.length);
  const acronym = after.match(/^\s*\(([A-Z][A-Za-z0-9-]{1,9})\)/);
  if (acronym) after = after.slice(acronym[0].length);
  let prompt = `${text.slice(0, found.index)}${BLANK}${after}`;
  if (acronym) prompt = prompt.replace(new RegExp(`\\b${acronym[1]}\\b`, "g"), BLANK);
  return { prompt, answer: acronym ? `${found.surface} (${acronym[1]})` : found.surface };
}

/** Picks `count` items deterministically, starting at a position derived from `seed`. */
function rotate<T>(items: T[], seed: string, count: number): T[] {
  if (items.length === 0) return [];
  const start = parseInt(stableKey(seed).slice(0, 8), 16) % items.length;
  return Array.from({ length: Math.min(count, items.length) }, (_, i) => items[(start + i) % items.length]);
}

function sortedOptions(options: string[], seed: string): string[] {
  return [...options].sort((a, b) => stableKey(seed, a).localeCompare(stableKey(seed, b)));
}

export function generateDeck(raw: string): GeneratedDeck {
  const cleanText = cleanArticleText(raw);
  const structure = parseStructure(cleanText);
  const sentences = splitSentences(structure.paragraphs);
  const warnings: string[] = [];
  const referencesByNumber = new Map(structure.references.map((ref) => [ref.number, ref]));

  // One claim per cited reference: every sentence citing it is a wording of that claim.
  const byReference = new Map<number, Sentence[]>();
  for (const sentence of sentences) {
    const first = sentence.citations[0];
    if (first === undefined || !referencesByNumber.has(first)) continue;
    byReference.set(first, [...(byReference.get(first) ?? []), sentence]);
  }
  const claimGroups = [...byReference.entries()].sort(([a], [b]) => a - b);
  if (claimGroups.length === 0) warnings.push("No cited sentences found; no claims were generated.");

  const chunkClaimCount = new Map<string, number>();
  for (const [number, group] of claimGroups) {
    const title = referencesByNumber.get(number)!.title;
    const seen = new Set<string>();
    for (const chunk of title.split(/[^A-Za-z-]+/).filter(Boolean)) seen.add(normaliseTerm(chunk));
    for (const word of seen) {
      if (group.some((s) => findTerm(s.text, word))) chunkClaimCount.set(word, (chunkClaimCount.get(word) ?? 0) + 1);
    }
  }
  const isGeneric = (chunk: string) =>
    claimGroups.length >= 4 &&
    normaliseTerm(chunk)
      .split(" ")
      .every((word) => (chunkClaimCount.get(word) ?? 0) > claimGroups.length / 2);

  const mechanisms: GeneratedMechanism[] = [];
  const claims: GeneratedClaim[] = [];
  const claimTerms = new Map<string, string>();
  for (const [number, group] of claimGroups) {
    const reference = referencesByNumber.get(number)!;
    const term = topicFromReferenceTitle(reference.title, group.map((s) => s.text), isGeneric);
    if (!term) {
      warnings.push(`Reference [${number}]: no topic term found in its title; claim skipped.`);
      continue;
    }
    const name = displayName(term);
    const mechanismId = slugify(name);
    if (!mechanisms.some((m) => m.id === mechanismId)) mechanisms.push({ id: mechanismId, name });
    const id = stableKey("claim", mechanismId, normaliseSentence(group[0].text));
    claims.push({
      id,
      mechanismId,
      text: stripCitations(group[0].text),
      variants: group.map(spanOf),
      refs: [...new Set(group.flatMap((s) => s.citations))].sort((a, b) => a - b),
    });
    claimTerms.set(id, term);
  }

  const mechanismNames = mechanisms.map((m) => m.name);
  const cards: GeneratedCard[] = [];
  for (const claim of claims) {
    const term = claimTerms.get(claim.id)!;
    const mechanismName = mechanisms.find((m) => m.id === claim.mechanismId)!.name;
    const base = { claimId: claim.id, mechanismId: claim.mechanismId, refs: claim.refs };
    claim.variants.forEach((variant, index) => {
      const cloze = clozeOf(variant.sentence, term);
      if (!cloze) return;
      cards.push({
        ...base,
        key: stableKey(claim.id, "cloze", normaliseSentence(variant.sentence)),
        type: "CLOZE",
        prompt: cloze.prompt,
        answer: cloze.answer,
        source: variant,
        quality: 1 - index * 0.1,
      });
    });
    const primary = claim.variants[0];
    const distractors = rotate(mechanismNames.filter((n) => n !== mechanismName), claim.id, 3);
    if (distractors.length >= 2) {
      const cloze = clozeOf(primary.sentence, term);
      cards.push({
        ...base,
        key: stableKey(claim.id, "topic"),
        type: "TOPIC",
        prompt: `Which topic does this claim belong to? “${cloze?.prompt ?? stripCitations(primary.sentence)}”`,
        answer: mechanismName,
        options: sortedOptions([mechanismName, ...distractors], claim.id),
        source: primary,
        quality: 0.7,
      });
    }
    const reference = referencesByNumber.get(claim.refs[0]);
    if (reference) {
      const label = `[${reference.number}] ${reference.title}${reference.year ? ` (${reference.year})` : ""}`;
      cards.push({
        ...base,
        key: stableKey(claim.id, "reference"),
        type: "REFERENCE",
        prompt: `Which reference supports this claim? “${stripCitations(primary.sentence)}”`,
        answer: label,
        source: primary,
        quality: 0.5,
      });
    }
  }

  return {
    article: { title: structure.title, authors: structure.authors, references: structure.references },
    cleanText,
    mechanisms,
    claims,
    cards,
    warnings,
  };
}
