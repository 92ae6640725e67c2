/** Question cards: "What …?" or "Which <noun> …?" from sentences shaped "<subject> <verb> …". */
import { EVALUATIVE, isFiller } from "../discourse";
import { isKnownWord, splitSubject, taggedTokens } from "../nlp";
import { FUNCTION_WORDS, normaliseText, wordCount } from "../text";
import { candidate, TYPE_BASE_SCORE, type Candidate, type CardContext, type Wording } from "./candidate";

/** Rejects templates gone wrong: unbalanced brackets or quotes, two question words, a prompt naming its answer. */
export function wellFormedQuestion(question: string, answer: string): boolean {
  if (!/^(What|Which) [^?]+\?$/.test(question)) return false;
  // "What structured merge-trees…?" → "Log-": the subject was cut inside a word.
  if (/\p{L}-$/u.test(answer) || /^(?:What|Which) [a-z]+-/.test(question)) return false;
  const words = wordCount(question);
  // "What works in two phases?" fits many answers.
  if (words < 6 || words > 40) return false;
  if ((question.match(/\(/g) ?? []).length !== (question.match(/\)/g) ?? []).length) return false;
  if ((question.match(/["“”]/g) ?? []).length % 2 !== 0) return false;
  if (/\b(What|Which)\b.*\b(What|Which)\b/.test(question.slice(1))) return false;
  return !normaliseText(question).includes(normaliseText(answer));
}

const GENERIC_MODIFIERS = new Set(
  "current future past last first early late recent new old other member higher lower main major some many most several these those the".split(
    " ",
  ),
);

/** The question card of one wording, rejected when ill-formed; null when the sentence has no simple subject. */
/** "Size-tiered compaction (the historical default in Cassandra) merges…": the aside is no part of what is asked. */
function withoutSubjectAside(text: string): string {
  const open = text.indexOf(" (");
  const close = text.indexOf(") ", open);
  const aside = close < 0 ? "" : text.slice(open + 2, close);
  // "(TME)" names the subject and stays; "(the historical default in Cassandra)" is an aside.
  if (open < 3 || open > 80 || aside.length > 80 || aside.includes("(") || !aside.includes(" ")) return text;
  if (!/^[a-z]/.test(text.slice(close + 2))) return text;
  return text.slice(0, open) + text.slice(close + 1);
}

export function questionCard(context: CardContext, wording: Wording): Candidate | null {
  const { source, penalty } = wording;
  const text = withoutSubjectAside(wording.text);
  const split = splitSubject(text);
  if (!split) return null;
  const predicate = split.predicate.split(/[;:]|, (?:which|whereas|while|and|but|so|yet|because|since)\b/)[0].trim();
  // "Bees exposed to these compounds return…": a participle opens a clause, not the predicate.
  if (/^\w+ed (to|by|in|with|from|at)\b/.test(predicate) && !/^(is|are|was|were)\b/.test(predicate)) return null;
  if (/\b(this|that|it|these|those)$/i.test(predicate)) return null;
  // "What is more selective but less potent and?": the predicate was cut before its end.
  if (FUNCTION_WORDS.has(predicate.split(/\s+/).pop()?.toLowerCase() ?? "")) return null;
  // "What is paces packets…?": a copula before a finite verb is a subject split in the wrong place.
  const [verb, next] = taggedTokens(predicate);
  if (/^(?:is|are|was|were)$/.test(verb?.word ?? "") && next?.tag === "VERB" && !/(?:ed|ing|en)$/.test(next.word))
    return null;
  // "What is releasing radon gas?" → "then vented outside": a subject opens on a noun phrase, not an adverb.
  const opening = taggedTokens(split.subject)[0];
  if (opening && ["ADV", "VERB", "CCONJ", "SCONJ", "ADP"].includes(opening.tag)) return null;
  const question = split.plural ? `Which ${split.head.toLowerCase()} ${predicate}?` : `What ${predicate}?`;
  const answer = split.subject.charAt(0).toUpperCase() + split.subject.slice(1);
  const echoesHead = split.plural && normaliseText(split.subject) === normaliseText(split.head);
  // "Which strategies…?" → "Current strategies": the answer adds only a word any sentence could use.
  const modifiers = normaliseText(split.subject).split(/\s+/).slice(0, -1);
  const genericModifier = split.plural && modifiers.length > 0 && modifiers.every((w) => GENERIC_MODIFIERS.has(w));
  // "…equipping them to escape the tumor, endure circulation?": the predicate's list lost its last item.
  const cutList = predicate.includes(",");
  // "What is affected as well?": "as well", "also" and "too" lean on the sentence before.
  const additive =
    /\b(?:as well|also|too)\b/i.test(predicate) || /^(?:is|are|was|were) (?:when|where|how|why)\b/.test(predicate);
  // "What led Dickens to…?" → "Contrast": a single common word is no name worth asking for.
  const commonWord = !/\s/.test(split.subject.trim()) && isKnownWord(split.subject.trim().toLowerCase());
  // "What is not a passive element?" asks about emphasis, not about what the subject does.
  const negated = /\b(not|never|no longer)\b/.test(predicate);
  // "What has emerged as a transformative treatment…?": the predicate praises rather than describes.
  const words = predicate.toLowerCase().split(/\s+/);
  const praising = words.filter((w) => EVALUATIVE.has(w.replace(/[^a-z-]/g, ""))).length / words.length >= 0.2;
  const ok =
    !negated &&
    !praising &&
    wellFormedQuestion(question, split.subject) &&
    !echoesHead &&
    !genericModifier &&
    !cutList &&
    !additive &&
    !commonWord &&
    !isFiller(predicate.replace(/^\S+\s*/, "").replace(/\b(not|rather than|than|always|never)\b/g, ""));
  const rejected = ok ? undefined : `not a well-formed question: "${question}"`;
  const content = { prompt: question, answer, source };
  return candidate(context, "QUESTION", normaliseText(text), content, TYPE_BASE_SCORE.QUESTION - penalty, rejected);
}
