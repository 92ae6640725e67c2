import { cookies } from "next/headers";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { loadSettings } from "@/lib/db/settings";
import { findUserById } from "@/lib/db/users";
import { parseTheme, THEME_COOKIE } from "@/lib/theme/theme";
import { PasswordForm } from "./_components/PasswordForm";
import { SettingsForm } from "./_components/SettingsForm";
import { SignOutEverywhere } from "./_components/SignOutEverywhere";
import { PracticeSettingForm } from "./_components/PracticeSettingForm";
import { loadPracticeSetting } from "@/lib/db/practice/settings";
import { ThemePicker } from "./_components/ThemePicker";

export const metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

const CARD = "space-y-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm";

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const db = getDb();
  const [settings, account, practice, cookieStore] = await Promise.all([
    loadSettings(db, user.id),
    findUserById(db, user.id),
    loadPracticeSetting(db, user.id),
    cookies(),
  ]);
  const zones = Intl.supportedValuesOf("timeZone");
  const timeZones = zones.includes(settings.timeZone) ? zones : [settings.timeZone, ...zones];
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Study settings</h1>
        <p className="mt-1 text-stone-500">These shape what FSRS puts in front of you each day.</p>
      </div>
      <SettingsForm initial={settings} timeZones={timeZones} />
      <section className={CARD}>
        <PracticeSettingForm initial={practice} />
      </section>
      <section className={CARD}>
        <ThemePicker initial={parseTheme(cookieStore.get(THEME_COOKIE)?.value)} />
      </section>
      {/* Accounts made through GitHub or Google have no password to change. */}
      {account?.passwordHash && (
        <section className={CARD}>
          <PasswordForm />
        </section>
      )}
      <section className={CARD}>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
