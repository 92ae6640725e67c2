import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadPracticeSetting } from "@/lib/db/practice/settings";
import { loadPracticeResults } from "@/lib/db/practice/tests";
import { AppError } from "@/lib/errors";
import { buttonClass } from "@/app/_components/ui/Button";
import { capitalised, percent } from "@/app/exams/_components/format";
import { ScrollFrame } from "@/app/_components/ui/ScrollFrame";

export const metadata = { title: "Practice results" };
export const dynamic = "force-dynamic";

export default async function PracticeResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/practice/${encodeURIComponent(id)}/results`);
  const db = getDb();
  const results = await loadPracticeResults(db, user.id, id).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) notFound();
    if (error instanceof AppError && error.status === 409) redirect(`/practice/${encodeURIComponent(id)}`);
    throw error;
  });
  const updatesSchedule = await loadPracticeSetting(db, user.id);
  const { score } = results;
  const mistakes = results.questions.filter((question) => !question.correct);
  const forgiven = results.questions.filter(
    (question) => question.correct && question.format === "cloze" && question.given !== question.answer,
  );
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href={`/exams/${results.exam.id}`} className="text-accent hover:underline">
            {results.exam.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Practice test results</h1>
        <p className="text-3xl font-semibold text-stone-900" data-testid="practice-score">
          {score.correct} / {score.total} ({percent(score.total ? score.correct / score.total : 0)})
        </p>
        <p className="text-sm text-stone-600">
          {updatesSchedule
            ? "Each answer was also a review: right ones counted as Good, wrong ones as Again."
            : "Your answers were logged but left your review schedule alone (see Settings)."}
        </p>
        {mistakes.length > 0 && (
          <Link href={`/review?practice=${results.id}`} className={buttonClass({ className: "mt-2" })}>
            Review these now ({mistakes.length})
          </Link>
        )}
      </div>

      <section className="space-y-3" aria-labelledby="per-topic">
        <h2 id="per-topic" className="text-lg font-semibold">
          Per {results.topicLabel}
        </h2>
        <ScrollFrame label={`Score per ${results.topicLabel}`}>
          <table className="w-full text-sm">
            <thead className="bg-stone-50 text-left text-xs uppercase tracking-wide text-stone-600">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {capitalised(results.topicLabel)}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  Score
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {results.topics.map((topic) => (
                <tr key={topic.name} data-testid="practice-topic-row">
                  <th scope="row" className="px-4 py-2 text-left font-medium text-stone-900">
                    {topic.name}
                  </th>
                  <td className="px-4 py-2 text-right">
                    {topic.correct} / {topic.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollFrame>
      </section>

      {mistakes.length > 0 && (
        <section className="space-y-3" aria-labelledby="mistakes">
          <h2 id="mistakes" className="text-lg font-semibold">
            What you missed
          </h2>
          <ol className="space-y-3">
            {mistakes.map((question) => (
              <li
                key={question.position}
                className="space-y-1 rounded-xl border border-stone-200 bg-white p-4 text-sm shadow-sm"
                data-testid="practice-mistake"
              >
                <p className="text-stone-900">{question.prompt}</p>
                <p className="text-rose-800">
                  Your answer: {question.given ?? <em>none</em>}
                  {question.match && question.given ? ` (${question.match})` : ""}
                </p>
                <p className="text-emerald-800">
                  Right answer: <span className="font-medium">{question.answer}</span>
                </p>
                <blockquote className="border-l-2 border-stone-300 pl-3 text-stone-700">
                  {question.sourceSentence}
                </blockquote>
              </li>
            ))}
          </ol>
        </section>
      )}

      {forgiven.length > 0 && (
        <section className="space-y-3" aria-labelledby="forgiven">
          <h2 id="forgiven" className="text-lg font-semibold">
            Typed answers accepted
          </h2>
          <ul className="space-y-2 text-sm">
            {forgiven.map((question) => (
              <li key={question.position} data-testid="practice-match" className="text-stone-800">
                “{question.given}” for “{question.answer}”: {question.match}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
