import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listDeckChoices } from "@/lib/db/exams/deck-choices";
import { loadSettings } from "@/lib/db/settings";
import { instantToLocalInput } from "@/lib/exams/local-time";
import { DEFAULT_TARGET_RECALL } from "@/lib/limits";
import { ExamForm } from "../_components/ExamForm";
import { zoneChoices } from "../_components/zones";

export const metadata = { title: "New exam" };
export const dynamic = "force-dynamic";

const weekFrom = (now: Date) => new Date(now.getTime() + 7 * 86_400_000);

export default async function NewExamPage() {
  const user = await requireUser("/exams/new");
  const db = getDb();
  const [decks, settings] = await Promise.all([listDeckChoices(db, user.id), loadSettings(db, user.id)]);
  const inAWeek = `${instantToLocalInput(weekFrom(new Date()), settings.timeZone).slice(0, 11)}09:00`;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New exam</h1>
        <p className="mt-1 text-stone-600">
          Claimdeck plans your reviews so that you recall the most on the day, within the time you give it.
        </p>
      </div>
      <ExamForm
        decks={decks}
        timeZones={zoneChoices(settings.timeZone)}
        initial={{
          name: "",
          examAt: inAWeek,
          timeZone: settings.timeZone,
          targetPercent: Math.round(DEFAULT_TARGET_RECALL * 100),
          budgetUnit: "reviews",
          budgetPerDay: 50,
          coverage: decks.length === 1 ? { [decks[0].id]: { whole: true, topicIds: [] } } : {},
        }}
      />
    </div>
  );
}
