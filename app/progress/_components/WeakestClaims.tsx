import Link from "next/link";
import type { ProgressDashboard } from "@/lib/progress/dashboard";
import { buttonClass } from "@/app/_components/ui/Button";
import { percent, plural } from "./format";

/** The ten claims closest to being forgotten, each with its source sentence and a session for its cards. */
export function WeakestClaims({
  claims,
  names,
}: {
  claims: ProgressDashboard["weakClaims"];
  names: Record<string, string>;
}) {
  return (
    <section className="space-y-3" aria-labelledby="weakest-heading">
      <div>
        <h2 id="weakest-heading" className="text-lg font-semibold">
          Weakest claims
        </h2>
        <p className="text-sm text-stone-500">The studied claims with the lowest recall now, mean over their cards.</p>
      </div>
      <ol
        className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white shadow-sm"
        data-testid="weakest-claims"
      >
        {claims.map((claim) => (
          <li key={claim.claimId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:gap-4">
            <span className="w-12 shrink-0 text-lg font-semibold tabular-nums text-stone-900">
              {percent(claim.recall)}
            </span>
            <div className="min-w-0 flex-1 space-y-1">
              <blockquote className="font-serif text-stone-800">{claim.sourceSentence}</blockquote>
              <p className="text-xs text-stone-500">
                {names[claim.topicId]} · {claim.sourceSection} · {plural(claim.studiedCards, "card")} studied
              </p>
            </div>
            <Link
              href={`/review?claim=${claim.claimId}`}
              className={buttonClass({ variant: "secondary", size: "sm", className: "shrink-0 self-start" })}
            >
              Review this claim
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
