/**
 * A card quoted from the middle of an article ("The last diet met in _____") may name nothing of what
 * the article is about. Such a prompt is headed by the title's subject, the part before its colon,
 * so that weeks later the student knows which league, which decline, which cells.
 */
import { isKnownWord } from "../nlp";
import { contentStems as stems, findTerm } from "../text";

const LEADING_FUNCTION_WORD = /^(?:how|why|what|when|the|a|an|on|of|towards?)\s+/i;

/** "Heatwaves" is "heat" and "waves": a compound of common words names nothing of its own. */
function isCompound(word: string): boolean {
  if (!/^[A-Za-z]+$/.test(word)) return false;
  const lower = word.toLowerCase();
  for (let cut = 3; cut <= lower.length - 3; cut++)
    if (isKnownWord(lower.slice(0, cut)) && isKnownWord(lower.slice(cut))) return true;
  return false;
}

/** "The Hanseatic League: Trade Networks of …" → "The Hanseatic League". */
export function titleSubject(title: string | undefined): string | null {
  if (!title || /^untitled/i.test(title)) return null;
  const subject = title.split(/:\s/)[0].trim();
  const words = subject.split(/\s+/);
  return words.length >= 1 && words.length <= 10 ? subject : null;
}

/** The prompt, headed by the article's subject when it names neither that subject nor its topic. */
export function withArticleContext(
  prompt: string,
  answer: string,
  title: string | undefined,
  topicTerm: string | null,
): string {
  const subject = titleSubject(title);
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
  const needed = distinctive.length > 0 ? distinctive : subjectWords;
  if (subjectWords.length === 0 || needed.some((word) => said.has(word))) return prompt;
  // A heading that names part of the answer ("Hanseatic" for "Hanseatic merchants") would give it away;
  // one word of a whole clause does not.
  const answerWords = stems(answer);
  const shown = answerWords.filter((word) => subjectWords.includes(word)).length;
  if (shown > 0 && shown / answerWords.length >= 1 / 3) return prompt;
  return `${subject}: ${prompt}`;
}
