import Link from "next/link";
import type { ReviewCardView } from "@/lib/review/types";

export interface ActionNotice {
  tone: "info" | "error";
  text: string;
  /** The card a suspension took away, which Undo puts back. */
  suspended?: ReviewCardView;
  deckId: string;
}

/** What an edit, suspension or flag just did, with Undo for a suspension and the way to the deck's flags. */
export function CardActionNotice({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: ActionNotice;
  onUndo: (card: ReviewCardView) => void;
  onDismiss: () => void;
}) {
  const tone =
    notice.tone === "error"
      ? "border-rose-200 bg-rose-50 text-rose-800"
      : "border-accent-line bg-accent-soft text-accent-ink";
  const suspended = notice.suspended;
  return (
    <div
      role={notice.tone === "error" ? "alert" : "status"}
      data-testid="card-action-notice"
      className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm ${tone}`}
    >
      <span className="min-w-40 flex-1">{notice.text}</span>
      {suspended && (
        <button type="button" className="font-medium underline" onClick={() => onUndo(suspended)}>
          Undo
        </button>
      )}
      <Link href={`/flags?deck=${encodeURIComponent(notice.deckId)}`} className="font-medium underline">
        Flagged and suspended cards
      </Link>
      <button type="button" onClick={onDismiss} aria-label="Dismiss" className="opacity-70 hover:opacity-100">
        ×
      </button>
    </div>
  );
}
