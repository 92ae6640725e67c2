/**
 * Sentences as a card quotes them: discourse openers dropped, a leading
 * "this process" or "they" replaced by what it refers to, and a test for
 * sentences that only evaluate ("X is crucial") without saying anything.
 */
import { isKnownWord, nounPhrases, splitSubject, taggedTokens } from "./nlp";
import { looksPlural } from "./pronouns";
import { capitalised } from "./text";

/** Connectives that tie a sentence to the one before and carry no knowledge of their own. */
const OPENER =
  /^(?:moreover|furthermore|additionally|in addition|also|lastly|finally|consequently|in parallel|however|thus|hence|therefore|indeed|notably|importantly|in turn|similarly|likewise|overall|in summary|in conclusion|adding to the complexity|in this context|taken together|as a result|by contrast|in contrast|meanwhile)\s*,\s*/i;

/**
 * "First, take-up was low", "In contrast, existing owners invested more": an opener that makes the
 * sentence one step of a list or one side of a comparison the sentence before set up.
 */
const LEANING_OPENER =
  /^(?:first|second|third|fourth|fifth|finally|lastly|then|in contrast|by contrast|conversely|similarly|likewise|instead|on the other hand)\s*,/i;

export function leansOnPrevious(text: string): boolean {
  // "Yet wages could not keep pace…", "But the kitchens closed…": a turn against the sentence before.
  return LEANING_OPENER.test(text.trim()) || /^(?:yet|but|still|nor)\s/i.test(text.trim());
}

/**
 * "The fan usually uses 50 to 150 watts" after "A fan in the vent pipe draws…": a bare definite noun
 * the sentence before introduced is that sentence's thing, and alone the card does not say which.
 * "The cost of self-attention…" names its own.
 */
export function opensOnNounBefore(text: string, previous: string | null): boolean {
  if (!previous) return false;
  const tokens = taggedTokens(text);
  const [article, noun, next] = tokens;
  // "The Soup Kitchen Act", "The RTO": a name is its own referent.
  if (!/^The [a-z]/.test(text) || article?.word !== "the" || noun?.tag !== "NOUN" || !next) return false;
  if (["NOUN", "PROPN", "ADJ", "ADP", "PUNCT"].includes(next.tag) || /^(?:that|which|who|whose)$/.test(next.word))
    return false;
  const stem = noun.word.toLowerCase().replace(/s$/, "");
  return taggedTokens(previous).some((t) => t.tag === "NOUN" && t.word.toLowerCase().replace(/s$/, "") === stem);
}

export function withoutOpener(text: string): string {
  const stripped = text.replace(OPENER, "");
  return stripped === text ? text : stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/**
 * Evaluative words: a blank on one of these asks for the author's emphasis,
 * not for knowledge ("play a _____ in metastasis" → crucial role).
 */
export const EVALUATIVE = new Set(
  (
    "crucial critical key vital pivotal central essential important significant major main prime primary " +
    "fundamental formidable remarkable profound promising transformative novel fresh innovative urgent " +
    "substantial dramatic considerable great greater immense indispensable paramount fascinating interesting " +
    "complex intricate inherent particular specific unique various several multiple many numerous different " +
    "certain new emerging growing increasing notable powerful potential effective successful mere active passive " +
    "hot deep thorough comprehensive serious severe clear strong " +
    "role roles element elements player players driver drivers process processes challenge challenges hurdle " +
    "hurdles obstacle obstacles impediment target targets approach approaches avenue avenues step steps way ways " +
    "aspect aspects factor factors area areas topic issue issues concept insight insights understanding " +
    "phenomenon mechanism mechanisms part need strategy strategies direction directions tool tools treatment " +
    "contributor contributors agent agents indicator indicators communicator communicators orchestrator " +
    "orchestrators advancement advance advances interplay interactions success progress outcome outcomes " +
    "nature shift model source aspect deadliest peak response " +
    "setting settings site sites location locations context level levels form forms type types kind kinds extent degree range " +
    "right best ideal choice choices good bad"
  ).split(" "),
);

/** Words that tell nothing on their own: a blank made only of these and evaluative words is filler. */
const EMPTY_WORDS = new Set(
  "a an the this that these those its their his her our of in on for to and or with by as at from".split(" "),
);

export function isFiller(phrase: string): boolean {
  const words = phrase
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, " ")
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  return words.every((word) => EVALUATIVE.has(word) || EMPTY_WORDS.has(word));
}

/** "X is crucial / vital / a hot topic" with nothing that says why or how. */
const PURE_EVALUATION =
  /\b(?:is|are|remains?|was|were|becomes?|seems?|appears?)\s+(?:(?:also|now|thus|therefore|still|increasingly|considered|seen as)\s+)?(?:(?:an?|the)\s+)?(?:(?:very|highly|particularly|especially|truly|most|more|also)\s+)?(?:crucial|critical|vital|essential|important|key|paramount|indispensable|significant|hot topic|of (?:great|particular) (?:interest|importance)|needed|necessary|warranted|required)\b(?:\s+(?:for|to|in)\b[^,;]*)?[.!]?$/i;
const GIVES_REASON = /\b(because|since|as it|due to|so that|by|through|which|where|allowing|enabling|leading)\b/i;

/** "Understanding X is crucial for…", "It is crucial to investigate…": a call for research, not a finding. */
const RESEARCH_CALL =
  /^(?:(?:an?|the)\s+)?(?:(?:deep|deeper|thorough|better|comprehensive|full)\s+)?(?:understanding|recognizing|recognising|investigating|delving|exploring|elucidating|studying|knowing|targeting)\b[^;]*?\b(?:is|are|remains)\s+(?:\w+\s+)?(?:crucial|critical|vital|essential|important|key|paramount|indispensable|needed|necessary|required|warranted)\b|^it is (?:\w+\s+)?(?:crucial|critical|vital|essential|important|necessary|paramount)\s+to\b/i;

function clauseIsEvaluation(clause: string): boolean {
  const trimmed = clause.trim().replace(/^(?:but|yet|and)\s+/i, "");
  return (PURE_EVALUATION.test(trimmed) && !GIVES_REASON.test(trimmed)) || RESEARCH_CALL.test(trimmed);
}

const KIND_OF_THING = new Set(["mechanism", "process", "factor", "hallmark", "feature"]);

/** "X plays a crucial role in Y", "X is central to Y", "Another key mechanism in Y is X": emphasis, not content. */
function emphasisOnly(text: string): boolean {
  const plain = text
    .trim()
    .replace(/[.!]$/, "")
    .replace(/, rather than \w+,/g, "");
  if (/[,;]/.test(plain)) return false;
  const words = plain.toLowerCase().split(" ");
  const role = words.indexOf("role");
  if (
    role > 1 &&
    words[role + 1] === "in" &&
    words.slice(Math.max(0, role - 4), role).some((w) => /^play(?:s|ed)?$/.test(w))
  )
    return true;
  const central = words.indexOf("central");
  if (central > 1 && words[central + 1] === "to" && /^(?:is|are)$/.test(words[central - 1])) return true;
  const opener = words[0] === "another" || (/^(?:a|one)$/.test(words[0]) && EVALUATIVE.has(words[1]));
  return opener && words.slice(1, 3).some((w) => KIND_OF_THING.has(w)) && words.includes("is");
}

/** Every clause only evaluates; "Current strategies involve X, but understanding Y is vital" still teaches X. */
export function isPureEvaluation(text: string): boolean {
  if (emphasisOnly(text)) return true;
  // "In my opinion, …", "I believe …": the author's view, not the article's finding.
  if (/^(?:in my (?:opinion|view)|i (?:believe|think|would argue)|to my mind|personally)\b/i.test(text.trim()))
    return true;
  const clauses = text.split(/;|,\s+(?=but\b|yet\b)/);
  if (clauses.length > 1)
    clauses[clauses.length - 1] = `${clauses[clauses.length - 1].trimEnd().replace(/[.!]$/, "")}.`;
  return clauses.every((clause, i) => clauseIsEvaluation(i < clauses.length - 1 ? `${clause.trim()}.` : clause));
}

const ABSTRACT_POINTER =
  /^This\s+(?:[a-z-]+\s+){0,2}?(?:state|process|phenomenon|condition|transition|transformation|mechanism|change|shift|switch|strategy|approach|method|technique)\b/;

/** A sentence that starts by pointing back ("This resistance…", "They…", "It…"). */
const POINTER = /^(this|these|those|that|such|they|it|its|their)\b\s*/i;

export function pointsBack(text: string): boolean {
  // "This review summarises…" is the article speaking of itself.
  return POINTER.test(text.trim()) && !/^this (?:review|article|paper)\b/i.test(text.trim());
}

const lastWordStem = (phrase: string) =>
  (phrase.split(/\s+/).pop() ?? "")
    .toLowerCase()
    .replace(/\([^()]*\)$/, "")
    .replace(/s$/, "");

/** The subject of a sentence, as it could stand for "they" or "these cells" in the next one. */
export function subjectOf(text: string): string | null {
  // "Hoffmann et al. (2022) revisited…": the authors are the subject "They" stands for.
  const authors = /^([A-Z][\w'’-]+(?: et al\.| and [A-Z][\w'’-]+)?) \((?:19|20)\d{2}[a-z]?\)/.exec(text.trim());
  if (authors) return authors[1];
  // "Radon (chemical symbol Rn) is…": an aside after the subject is no part of the split.
  const split =
    splitSubject(withoutOpener(text)) ?? splitSubject(withoutOpener(text).replace(/\s\([^()]{1,60}\)(?=\s)/, ""));
  // "Grid-connected inverters" read as "Grid-": a subject cut inside a word is none.
  if (!split || POINTER.test(split.subject) || /-$/.test(split.subject)) return null;
  return split.subject;
}

/**
 * Replaces a leading pointer with its antecedent: "They…" and "It…" by the
 * previous sentence's subject, "These exosomes…" or "This resistance…" by the
 * topic term when the pointed-at noun is the topic's head word or the previous
 * subject's. Returns null when the reference cannot be resolved.
 */
export function resolvePointer(text: string, previous: string | null, topicTerm: string | null): string | null {
  const match = text.match(/^(This|These|Those|Such|They|It)\s+(?:(\S+?)(?=[\s,]))?/);
  if (!match) return text;
  const pointer = match[1];
  const previousSubject = previous ? subjectOf(previous) : null;
  const candidates = [previousSubject, topicTerm].filter((c): c is string => !!c);
  if (pointer === "They" || pointer === "It") {
    const next = match[2] ?? "";
    // "It is crucial to…" is an empty subject, not a pointer.
    if (pointer === "It" && /^(is|was|has|remains|seems|appears)$/.test(next)) return null;
    const antecedent = candidates[0];
    if (!antecedent) return null;
    // "It enrolled 977 adults…", "It set maximum daily rates…": when the sentence before has a subject this
    // split cannot read, that is what the pronoun stands for, not the article's topic.
    if (!previousSubject && previous) return null;
    return `${capitalised(antecedent)}${text.slice(pointer.length)}`;
  }
  // "This quiescent state…", "This transformation…": an abstract noun that stands for the topic itself.
  const abstract = text.match(ABSTRACT_POINTER);
  if (abstract && topicTerm && pointer !== "These") return `${capitalised(topicTerm)}${text.slice(abstract[0].length)}`;
  const noun = (match[2] ?? "").toLowerCase().replace(/s$/, "");
  if (!noun) return null;
  // "Cancer cells undergoing metastasis demand…" has no plain subject, yet names the cells.
  const namedBefore = previous ? nounPhrases(previous).find((p) => lastWordStem(p.text) === noun)?.text : undefined;
  if (namedBefore && /\s/.test(namedBefore.trim()) && !POINTER.test(namedBefore))
    candidates.push(namedBefore.replace(/^(?:the|a|an)\s+/i, ""));
  for (const candidate of candidates) {
    const words = candidate.toLowerCase().split(/[\s-]+/);
    const head = words[words.length - 1].replace(/\([^()]*\)/, "").replace(/s$/, "");
    if (head === noun || words.some((w) => w.replace(/s$/, "") === noun)) {
      const rest = text.slice(match[0].length);
      const plural = /s$/i.test(match[2] ?? "");
      const replacement = plural || pointer === "These" ? candidate : candidate;
      return `${capitalised(replacement)}${rest}`;
    }
  }
  return null;
}

/**
 * The fuller phrase with `noun` as its head in the first source that has one: "pollinator decline"
 * for "decline", "the cost of self-attention" for "cost". A title's capitals are dropped from common
 * words; a sentence keeps its names' capitals but not its first word's.
 */
function fullerPhrase(noun: string, sources: string[], titleIndex: number): string | null {
  const stem = noun.replace(/s$/, "");
  for (const [sourceIndex, source] of sources.entries()) {
    const tokens = taggedTokens(source);
    const index = tokens.findIndex((t) => t.word.replace(/s$/, "") === stem && (t.tag === "NOUN" || t.tag === "PROPN"));
    if (index < 0) continue;
    let from = index;
    // "Assigning tentative values, he read…": a gerund's object is no fuller name of "values".
    while (
      from > 0 &&
      ["ADJ", "NOUN", "PROPN"].includes(tokens[from - 1].tag) &&
      !/ing$/.test(tokens[from - 1].word) &&
      index - from < 2
    )
      from--;
    // "flower-rich field margins": the whole hyphenated word.
    while (from > 1 && tokens[from - 1].word === "-") from -= 2;
    // "the An Lushan Rebellion": a name's capitals, whatever the tagger made of them.
    const capitalised = (t: (typeof tokens)[number]) => t.start > 0 && /^[A-Z]/.test(source.slice(t.start, t.end));
    while (from > 0 && capitalised(tokens[from]) && capitalised(tokens[from - 1]) && index - from < 4) from--;
    let to = index;
    if (tokens[index + 1]?.word === "of" && ["NOUN", "PROPN", "ADJ"].includes(tokens[index + 2]?.tag ?? "")) {
      to = index + 2;
      while (tokens[to + 1] && to - index < 5) {
        if (tokens[to + 1].word === "-" && tokens[to + 2]) to += 2;
        else if (["NOUN", "PROPN"].includes(tokens[to + 1].tag)) to++;
        else break;
      }
    }
    if (from === index && to === index) continue; // nothing more specific than the noun itself
    const phrase = source.slice(tokens[from].start, tokens[to].end);
    if (sourceIndex === titleIndex) {
      // "Hanseatic League" is a name; "Pollinator Decline" is title case.
      const name = (phrase.match(/\b[A-Z][a-z]+\b/g) ?? []).some((word) => !isKnownWord(word.toLowerCase()));
      return name ? phrase : phrase.replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase());
    }
    return tokens[from].start === 0 && isKnownWord(tokens[from].word)
      ? phrase[0].toLowerCase() + phrase.slice(1)
      : phrase;
  }
  return null;
}

/**
 * "this decline", "this cost" inside a sentence: the fuller phrase with the same
 * head noun from the sentence before or the article's title ("pollinator decline",
 * "the cost of self-attention"). Pointers with no such phrase stay as they are.
 */
export function resolveInnerPointers(text: string, sources: string[], titleIndex = sources.length - 1): string {
  return text.replace(
    /\b(this|these|such)\s+([a-z][a-z-]{2,})\b(?!\s+(?:of|in)\b)/gi,
    (whole, pointer: string, noun: string, at: number) => {
      if (at === 0) return whole;
      const phrase = fullerPhrase(noun, sources, titleIndex);
      if (phrase) return `the ${phrase}`;
      // "Neonicotinoid insecticides impair… Bees exposed to these compounds…": a class noun for the subject before.
      const subject = sources[0] ? subjectOf(sources[0]) : null;
      if (
        pointer.toLowerCase() === "these" &&
        CLASS_NOUNS.test(noun) &&
        subject &&
        /[^s]s$/.test(subject) &&
        !POINTER.test(subject)
      )
        return `the ${subject.replace(/^(?:the|a|an)\s+/i, "").replace(/\b[A-Z][a-z]+\b/g, (word) => word.toLowerCase())}`;
      return whole;
    },
  );
}

/**
 * "The theory rests on…" after a title on cognitive load theory, "The rebellion…" after "the An
 * Lushan Rebellion": a sentence that opens on a bare noun the sentence before or the title named
 * more fully opens on that fuller name.
 */
export function withFullerSubject(text: string, sources: string[], titleIndex = sources.length - 1): string {
  const opening = /^The ([a-z][a-z-]{2,})\b/.exec(text);
  if (!opening) return text;
  const phrase = fullerPhrase(opening[1], sources, titleIndex)?.replace(/^the /i, "");
  if (!phrase || /^(?:this|these|those|such|its|their)\b/i.test(phrase)) return text;
  // "The model is slow" takes no "sequence models": the fuller name must agree in number.
  const head = phrase.split(/\s+/).pop() ?? "";
  if (looksPlural(head) === looksPlural(opening[1])) return `The ${phrase}${text.slice(opening[0].length)}`;
  // "The tree is shallow" under a title on "B-Trees": a lettered kind's plural names the kind.
  const singular = phrase.replace(/s$/, "");
  if (/^[A-Z0-9+]{1,5}-[a-z]+$/i.test(singular) && singular.toLowerCase().endsWith(`-${opening[1]}`))
    return `The ${singular}${text.slice(opening[0].length)}`;
  return text;
}

/** Nouns an article uses for a kind of thing it has just named. */
const CLASS_NOUNS =
  /^(?:compounds|chemicals|substances|agents|drugs|molecules|organisms|species|measures|interventions|policies|devices|materials|tools|methods|techniques)$/i;
