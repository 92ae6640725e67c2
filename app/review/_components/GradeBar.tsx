import type { ReviewCardView } from "@/lib/review/types";
import { Button } from "@/app/_components/ui/Button";

const GRADE_BUTTONS = [
  { rating: 1, label: "Again", tone: "border-rose-300 bg-rose-50 text-rose-800 hover:bg-rose-100" },
  { rating: 2, label: "Hard", tone: "border-amber-300 bg-amber-50 text-amber-800 hover:bg-amber-100" },
  { rating: 3, label: "Good", tone: "border-emerald-300 bg-emerald-50 text-emerald-800 hover:bg-emerald-100" },
  { rating: 4, label: "Easy", tone: "border-sky-300 bg-sky-50 text-sky-800 hover:bg-sky-100" },
] as const;

/**
 * The review's one action area: Show answer, then the four grades with their intervals. On a phone it
 * sticks to the bottom of the screen, where the thumb is, and every button is at least 56 px high.
 */
export function GradeBar({
  card,
  revealed,
  onReveal,
  onGrade,
}: {
  card: ReviewCardView;
  revealed: boolean;
  onReveal: () => void;
  onGrade: (rating: 1 | 2 | 3 | 4) => void;
}) {
  return (
    <div className="sticky bottom-0 -mx-4 border-t border-stone-200 bg-stone-50/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
      {revealed ? (
        <div className="grid grid-cols-4 gap-2 sm:gap-3" role="group" aria-label="Grade your answer">
          {GRADE_BUTTONS.map((button) => (
            <button
              key={button.rating}
              type="button"
              onClick={() => onGrade(button.rating)}
              className={`min-h-14 rounded-lg border px-1 py-2 text-center font-medium transition sm:px-3 sm:py-3 ${button.tone}`}
            >
              <span className="block">{button.label}</span>
              <span className="block text-xs font-normal" data-testid={`interval-${button.rating}`}>
                {card.previewLabels[button.rating]}
              </span>
              <kbd aria-hidden className="mt-1 hidden sm:inline-block">
                {button.rating}
              </kbd>
            </button>
          ))}
        </div>
      ) : (
        <Button size="lg" onClick={onReveal} className="min-h-14 w-full">
          Show answer
          <kbd aria-hidden className="ml-2 hidden border-white/30 bg-white/15 text-accent-fg sm:inline-block">
            Space
          </kbd>
        </Button>
      )}
    </div>
  );
}
