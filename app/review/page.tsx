import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { loadStudyQueue } from "@/lib/db/exams/queue";
import { examParam, examQueueScope, practiceQueueScope } from "@/lib/db/exams/review-scope";
import { loadSettings } from "@/lib/db/settings";
import { resolveReviewScope, safeScopeParams, scopeQuery, scopeQueueOptions } from "@/lib/db/review/scope";
import { ReviewSession } from "./_components/ReviewSession";
import { ScopeHeading } from "./_components/ScopeHeading";
import { ExamScopeHeading } from "./_components/ExamScopeHeading";

export const metadata = { title: "Review" };
export const dynamic = "force-dynamic";

/**
 * /review, or one deck (?deck=), one topic (?topic=, "study this mechanism"), one claim (?claim=) or
 * one exam's picks for today (?exam=), or a practice test's mistakes (?practice=). With an upcoming
 * exam the default queue starts with its picks.
 */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, unknown>> }) {
  const search = await searchParams;
  const params = safeScopeParams(search);
  const examId = examParam(search);
  const practiceId = examParam(search, "practice");
  const query = practiceId
    ? `?practice=${encodeURIComponent(practiceId)}`
    : examId
      ? `?exam=${encodeURIComponent(examId)}`
      : scopeQuery(params);
  const user = await requireUser(`/review${query}`);
  const db = getDb();
  // Picks up cards added to shared decks since the user last studied.
  await enrollUserInDecks(db, user.id);
  const scope = await resolveReviewScope(db, user.id, params);
  const exam = await examQueueScope(db, user.id, examId);
  const practice = await practiceQueueScope(db, user.id, practiceId);
  const options = { ...scopeQueueOptions(scope), examId: exam.examId, cardIds: practice.cardIds };
  const now = new Date();
  const [queue, settings] = await Promise.all([loadStudyQueue(db, user.id, now, options), loadSettings(db, user.id)]);
  const { desiredRetention, maximumInterval, fsrsWeights } = settings;
  const queueUrl = `/api/review/queue${scope.refused || exam.refused || practice.refused ? "" : query}`;
  return (
    <div className="space-y-4">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">Today&apos;s review</h1>
          <ScopeHeading scope={scope} />
          <ExamScopeHeading
            exams={queue.exams}
            refused={exam.refused || practice.refused}
            single={exam.examId !== null}
            practice={practice.cardIds !== null}
          />
        </div>
        <p className="shrink-0 text-sm text-stone-600" data-testid="queue-counts">
          {queue.dueCount} due · {queue.newCount} new
        </p>
      </div>
      <ReviewSession
        initialCards={queue.cards}
        queueUrl={queueUrl}
        userId={user.id}
        scheduler={{ desiredRetention, maximumInterval, fsrsWeights }}
        renderedAt={now.getTime()}
      />
    </div>
  );
}
