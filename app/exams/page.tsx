import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { enrollUserInDecks } from "@/lib/db/card-states";
import { listExamsWithReadiness } from "@/lib/db/exams/dashboard";
import { buttonClass } from "@/app/_components/ui/Button";
import { ExamList } from "./_components/ExamList";

export const metadata = { title: "Exams" };
export const dynamic = "force-dynamic";

export default async function ExamsPage() {
  const user = await requireUser("/exams");
  const db = getDb();
  const now = new Date();
  await enrollUserInDecks(db, user.id);
  const items = await listExamsWithReadiness(db, user.id, now);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Exams</h1>
          <p className="mt-1 text-stone-600">
            Give an exam its date and what it covers: your reviews are planned to recall the most on the day.
          </p>
        </div>
        <Link href="/exams/new" className={buttonClass()}>
          New exam
        </Link>
      </div>
      {items.length > 0 ? (
        <ExamList items={items} now={now} />
      ) : (
        <p
          className="rounded-xl border border-dashed border-stone-300 bg-white p-6 text-stone-700"
          data-testid="no-exams"
        >
          No exams yet. Create one to see how ready you are and get a day-by-day plan.
        </p>
      )}
    </div>
  );
}
