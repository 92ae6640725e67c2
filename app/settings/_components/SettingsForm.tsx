"use client";

import { useState } from "react";
import type { UserSchedulingSettings } from "@/lib/scheduling/settings";
import { MAX_DAILY_NEW_LIMIT, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/limits";

const field =
  "mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 shadow-sm outline-none focus:border-indigo-500 focus:ring-2 focus:ring-indigo-200";

export function SettingsForm({ initial, timeZones }: { initial: UserSchedulingSettings; timeZones: string[] }) {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const response = await fetch("/api/settings", {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        dailyNewLimit: Number(form.get("dailyNewLimit")),
        desiredRetention: Number(form.get("desiredRetention")) / 100,
        timeZone: String(form.get("timeZone")),
        dayRolloverHour: Number(form.get("dayRolloverHour")),
      }),
    });
    setBusy(false);
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    setStatus(response.ok ? { ok: true, message: "Saved. Your next review uses these settings." } : { ok: false, message: (body.error ?? "Could not save.").replace(/^\w+: /, "") });
  }

  return (
    <form onSubmit={submit} className="space-y-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm" noValidate>
      <label className="block text-sm">
        <span className="font-medium text-stone-700">New cards per day</span>
        <input
          name="dailyNewLimit"
          type="number"
          min={0}
          max={MAX_DAILY_NEW_LIMIT}
          defaultValue={initial.dailyNewLimit}
          className={field}
        />
      </label>
      <label className="block text-sm">
        <span className="font-medium text-stone-700">Desired retention (%)</span>
        <input
          name="desiredRetention"
          type="number"
          min={Math.round(MIN_DESIRED_RETENTION * 100)}
          max={Math.round(MAX_DESIRED_RETENTION * 100)}
          step={1}
          defaultValue={Math.round(initial.desiredRetention * 100)}
          className={field}
        />
        <span className="mt-1 block text-xs text-stone-500">
          How likely you want to be to remember a card when it comes up. Higher means more reviews.
        </span>
      </label>
      <label className="block text-sm">
        <span className="font-medium text-stone-700">Time zone</span>
        <select name="timeZone" defaultValue={initial.timeZone} className={field}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        <span className="font-medium text-stone-700">A new study day starts at (hour, 0–23)</span>
        <input name="dayRolloverHour" type="number" min={0} max={23} defaultValue={initial.dayRolloverHour} className={field} />
      </label>
      {status && (
        <p role="status" data-testid="settings-status" className={`rounded-md px-3 py-2 text-sm ${status.ok ? "bg-emerald-50 text-emerald-800" : "bg-rose-50 text-rose-700"}`}>
          {status.message}
        </p>
      )}
      <button type="submit" disabled={busy} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
        {busy ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
