/**
 * A card quoted from the middle of an article ("The last diet met in _____") may name nothing of what
 * the article is about. Such a prompt is headed by the title's subject, the part before its colon,
 * so that weeks later the student knows which league, which decline, which cells.
 */
import { isKnownWord } from "../nlp";
import { capitalised, contentStems as stems, findTerm } from "../text";

const LEADING_FUNCTION_WORD = /^(?:how|why|what|when|the|a|an|on|of|towards?)\s+/i;

/** "Heatwaves" is "heat" and "waves": a compound of common words names nothing of its own. */
function isCompound(word: string): boolean {
  if (!/^[A-Za-z]+$/.test(word)) return false;
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - 3; cut++)
    if (isKnownWord(lower.slice(0, cut)) && isKnownWord(lower.slice(cut))) return true;
  return false;
}

/**
 * The part of the title that says what the article is about: "The Hanseatic League: Trade Networks
 * of …" → "The Hanseatic League", but "Print and Protest: The Printing Press and the Lutheran
 * Reformation" → the part after the colon, whose words the article itself keeps using. Without the
 * body, the part before the colon.
 */
export function titleSubject(title: string | undefined, body = ""): string | null {
  if (!title || /^untitled/i.test(title)) return null;
  const [before, ...rest] = title.split(/:\s/);
  // "an updated clinical review of chronic kidney disease progression, from staging to …": the subject
  // is what the review is of.
  const after = rest
    .join(": ")
    .split(/,\s(?=[a-z])/)[0]
    .replace(
      /^(?:an?|the)\s(?:[\w-]+\s){0,3}?(?:review|overview|survey|study|analysis|account|history|guide|introduction|primer)\s(?:of|on)\s/i,
      "",
    )
    .trim();
  const fits = (part: string) => part.split(/\s+/).length <= 10;
  // "Mechanisms, Pharmacokinetics and Reversal Strategies", "Pseudoranges, Clocks and Error Budgets": a
  // subtitle that lists what the article covers names no subject ("… and Control in Renaissance Venice" does).
  const listsTopics =
    /^[^,:]{2,40}(?:,\s[^,:]{2,40})+,?\s(?:and|&)\s[^,:]{2,40}$/.test(after) &&
    !/\s(?:in|of|on|for|under|at|during|across)\s/i.test(after);
  if (body && after && fits(after) && !listsTopics) {
    const counts = new Map<string, number>();
    for (const word of stems(body)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const used = (part: string) => {
      const words = stems(part.replace(LEADING_FUNCTION_WORD, ""));
      return words.filter((word) => (counts.get(word) ?? 0) >= 2).length / Math.max(1, words.length);
    };
    // A catchy main title ("Print and Protest") whose words the article hardly uses gives way to a
    // subtitle of at least three words it keeps using.
    const afterWords = stems(after.replace(LEADING_FUNCTION_WORD, "")).length;
    if (afterWords >= 3 && used(after) >= 0.75 && used(before) <= 0.5) return after;
    // "Soldiers, Peasants, and Tax Farmers: The Timar System…": the part the article names far more often.
    const mentions = (part: string) => {
      const words = stems(part.replace(LEADING_FUNCTION_WORD, ""));
      return words.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0) / Math.max(1, words.length);
    };
    if (afterWords >= 3 && mentions(after) >= 1.5 * mentions(before)) return after;
  }
  return fits(before.trim()) ? before.trim() : null;
}

/** The prompt, headed by the article's subject when it names neither that subject nor its topic. */
export function withArticleContext(
  prompt: string,
  answer: string,
  subject: string | null,
  topicTerm: string | null,
): string {
  if (!subject) return prompt;
  if (topicTerm && findTerm(prompt, topicTerm)) return prompt;
  const said = new Set(stems(prompt));
  const subjectWords = stems(subject.replace(LEADING_FUNCTION_WORD, ""));
  // "the league" names no league: where the subject has a word of its own ("Hanseatic"), that word must be said.
  const distinctive = stems(
    subject
      .split(/\s+/)
      .filter((word) => !isKnownWord(word.replace(/[^A-Za-z-]/g, "")) && !isCompound(word))
      .join(" "),
  );
  // "Radon in the Home" is not said by "your home": what the subject is of, or where, is not the subject.
  const [head] = subject
    .replace(LEADING_FUNCTION_WORD, "")
    .split(/\s(?:in|of|on|for|under|at|and|from|across|within)\s/i);
  const headWords = stems(head);
  const isSaid =
    distinctive.length > 0
      ? distinctive.some((word) => said.has(word))
      : (headWords.length > 0 ? headWords : subjectWords).some((word) => said.has(word));
  if (subjectWords.length === 0 || isSaid) return prompt;
  // A heading that names part of the answer ("Hanseatic" for "Hanseatic merchants") would give it away;
  // one word of a whole clause does not.
  const answerWords = stems(answer);
  const shown = answerWords.filter((word) => subjectWords.includes(word)).length;
  if (shown > 0 && shown / answerWords.length >= 1 / 3) return prompt;
  return `${capitalised(subject)}: ${prompt}`;
}

const COMMON_PREFIXES = new Set("pre post non anti co re self multi inter intra sub super".split(" "));

/**
 * A section named by something of its own ("3.1 RTS,S/AS01", "Hanseatic kontors") says what its
 * sentences are about better than the article's title does; "Results" or "Efficacy in clinical
 * trials" does not.
 */
/** Words written with a capital at least twice inside sentences and never in lower case: "Raft", "Paxos". */
export function namesOf(text: string): Set<string> {
  const capitalised = new Map<string, number>();
  const lower = new Set<string>();
  for (const match of text.matchAll(/(?<=[\p{Ll},;] )(\p{Lu}[\p{Ll}]+)\b|\b(\p{Ll}{3,})\b/gu)) {
    if (match[1]) capitalised.set(match[1].toLowerCase(), (capitalised.get(match[1].toLowerCase()) ?? 0) + 1);
    else lower.add(match[2]);
  }
  return new Set([...capitalised].filter(([word, count]) => count >= 2 && !lower.has(word)).map(([word]) => word));
}

export function namingSection(section: string | undefined, names: Set<string> = new Set()): string | null {
  if (!section || section.length > 60) return null;
  const words = section.split(/\s+/);
  const named = words.some((word) => {
    const bare = word
      .split(/[^A-Za-z0-9-]/)
      .filter(Boolean)
      .join("");
    const known = bare
      .toLowerCase()
      .split("-")
      .every((part) => isKnownWord(part) || COMMON_PREFIXES.has(part));
    // "SGLT2 inhibitors", "RAAS blockade" name something; "ABSTRACT" is a known word in capitals.
    return bare.length > 1 && (/\d/.test(bare) || !known || names.has(bare.toLowerCase()));
  });
  return named && words.length <= 6 ? section : null;
}
