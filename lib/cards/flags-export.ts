import { flagReasonLabel } from "./flag-reasons";

/** A flagged card as the export needs it (see loadDeckCare). */
export interface FlaggedCardRow {
  key: string;
  type: string;
  prompt: string;
  answer: string;
  options: string[];
  sourceSection: string;
  sourceSentence: string;
  topic: string;
  retired: boolean;
  flag: { reason: string; note: string; flaggedAt: Date } | null;
  edit: { prompt: string; answer: string } | null;
}

export const FLAGS_EXPORT_FORMAT = "claimdeck.flags/1";

/**
 * The deck's flagged cards as one JSON document, each a ready generator test case: the card as
 * the generator made it, the sentence it came from, the article, and the student's verdict (with
 * their correction when they edited it).
 */
export function buildFlagsExport(
  deck: { id: string; title: string; articleTitle: string | null },
  cards: FlaggedCardRow[],
  exportedAt: Date,
) {
  return {
    format: FLAGS_EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    deck: { id: deck.id, title: deck.title },
    article: { title: deck.articleTitle ?? deck.title },
    flags: cards.flatMap((card) =>
      card.flag
        ? [
            {
              cardKey: card.key,
              type: card.type,
              prompt: card.prompt,
              answer: card.answer,
              options: card.options,
              topic: card.topic,
              sourceSection: card.sourceSection,
              sourceSentence: card.sourceSentence,
              articleTitle: deck.articleTitle ?? deck.title,
              reason: card.flag.reason,
              reasonLabel: flagReasonLabel(card.flag.reason),
              note: card.flag.note,
              flaggedAt: card.flag.flaggedAt.toISOString(),
              correction: card.edit ? { prompt: card.edit.prompt, answer: card.edit.answer } : null,
              retired: card.retired,
            },
          ]
        : [],
    ),
  };
}

/** A file name for the download: the deck's title in plain letters and digits. */
export function flagsExportFileName(deckTitle: string): string {
  const slug = deckTitle
    .normalize("NFKD")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .join("-")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "deck"}-flags.json`;
}
