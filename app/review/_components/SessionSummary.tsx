import Link from "next/link";
import { Button, buttonClass } from "@/app/_components/ui/Button";

function formatDuration(ms: number) {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
}

const LABELS = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const;

export function SessionSummary(props: {
  reviews: number;
  byRating: Record<1 | 2 | 3 | 4, number>;
  timeMs: number;
  canUndo: boolean;
  onUndo: () => void;
}) {
  return (
    <section
      className="rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm"
      data-testid="session-summary"
    >
      <h2 className="text-2xl font-semibold">{props.reviews > 0 ? "Done for today" : "Nothing due right now"}</h2>
      <p className="mt-1 text-stone-500">
        {props.reviews > 0
          ? "Come back tomorrow; FSRS will have the right cards waiting."
          : "All caught up. New cards arrive with tomorrow's limit."}
      </p>
      {props.reviews > 0 && (
        <dl className="mx-auto mt-6 grid max-w-lg grid-cols-3 gap-4 text-sm sm:grid-cols-6">
          <div className="col-span-1">
            <dt className="text-stone-500">Reviews</dt>
            <dd className="text-xl font-semibold" data-testid="summary-reviews">
              {props.reviews}
            </dd>
          </div>
          {([1, 2, 3, 4] as const).map((rating) => (
            <div key={rating}>
              <dt className="text-stone-500">{LABELS[rating]}</dt>
              <dd className="text-xl font-semibold">{props.byRating[rating]}</dd>
            </div>
          ))}
          <div>
            <dt className="text-stone-500">Time</dt>
            <dd className="text-xl font-semibold">{formatDuration(props.timeMs)}</dd>
          </div>
        </dl>
      )}
      <div className="mt-6 flex justify-center gap-3 text-sm">
        {props.canUndo && (
          <Button variant="secondary" onClick={props.onUndo}>
            Undo last <kbd className="ml-1">Z</kbd>
          </Button>
        )}
        <Link href="/" className={buttonClass()}>
          Back home
        </Link>
      </div>
    </section>
  );
}
