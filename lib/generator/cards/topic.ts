/** Topic cards: which of four topics a claim belongs to, with the topic term blanked in the quote. */
import { findTerm } from "../text";
import { candidate, TYPE_BASE_SCORE, type Candidate, type CardContext, type Wording } from "./candidate";
import { clozeAt } from "./cloze";
import { distractorsFor, shuffled } from "./options";

/** Null when the deck has fewer than three topics: one other would make a coin toss. */
export function topicCard(context: CardContext, primary: Wording): Candidate | null {
  const { claimId, topic } = context;
  const otherTopics = context.topics.filter((t) => t.id !== topic.id);
  if (otherTopics.length < 2) return null;
  const found = topic.term ? findTerm(primary.text, topic.term) : null;
  const shown = found ? clozeAt(primary.text, found, context.acronyms).prompt : primary.text;
  const distractors = distractorsFor(
    topic.name,
    otherTopics.map((t) => t.name),
    claimId,
    3,
  );
  const options = shuffled([topic.name, ...distractors], claimId);
  const content = {
    prompt: `Which topic does this claim belong to? “${shown}”`,
    answer: topic.name,
    options,
    source: primary.source,
  };
  return candidate(context, "TOPIC", "topic", content, TYPE_BASE_SCORE.TOPIC - primary.penalty);
}
