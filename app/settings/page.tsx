import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadSettings } from "@/lib/db/settings";
import { SettingsForm } from "./_components/SettingsForm";

export const metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const settings = await loadSettings(getDb(), user.id);
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Study settings</h1>
        <p className="mt-1 text-stone-500">These shape what FSRS puts in front of you each day.</p>
      </div>
      <SettingsForm initial={settings} timeZones={timeZones} />
    </div>
  );
}
