"use client";

import { useId, useState } from "react";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Field, TimeZoneField } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import type { UserSchedulingSettings } from "@/lib/scheduling/settings";
import { MAX_DAILY_NEW_LIMIT, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "@/lib/limits";

type Status = { saved: true; message: string } | ({ saved: false } & ApiError);

export function SettingsForm({ initial, timeZones }: { initial: UserSchedulingSettings; timeZones: string[] }) {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const statusId = useId();
  const errorFor = (field: string) => (status && !status.saved && status.field === field ? statusId : null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const response = await sendJson(
      "/api/settings",
      {
        dailyNewLimit: Number(form.get("dailyNewLimit")),
        desiredRetention: Number(form.get("desiredRetention")) / 100,
        timeZone: String(form.get("timeZone")),
        dayRolloverHour: Number(form.get("dayRolloverHour")),
      },
      "PUT",
    );
    setStatus(
      response.ok
        ? { saved: true, message: "Saved. Your next review uses these settings." }
        : { saved: false, ...(await readApiError(response)) },
    );
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-5 rounded-2xl border border-stone-200 bg-white p-6 shadow-sm" noValidate>
      <Field
        label="New cards per day"
        name="dailyNewLimit"
        type="number"
        min={0}
        max={MAX_DAILY_NEW_LIMIT}
        defaultValue={initial.dailyNewLimit}
        errorId={errorFor("dailyNewLimit")}
      />
      <Field
        label="Desired retention (%)"
        name="desiredRetention"
        type="number"
        min={Math.round(MIN_DESIRED_RETENTION * 100)}
        max={Math.round(MAX_DESIRED_RETENTION * 100)}
        step={1}
        defaultValue={Math.round(initial.desiredRetention * 100)}
        hint="How likely you want to be to remember a card when it comes up. Higher means more reviews."
        errorId={errorFor("desiredRetention")}
      />
      <TimeZoneField timeZones={timeZones} defaultValue={initial.timeZone} errorId={errorFor("timeZone")} />
      <Field
        label="A new study day starts at (hour, 0–23)"
        name="dayRolloverHour"
        type="number"
        min={0}
        max={23}
        defaultValue={initial.dayRolloverHour}
        errorId={errorFor("dayRolloverHour")}
      />
      <Notice tone={status?.saved ? "success" : "error"} id={statusId} testId="settings-status">
        {status?.message}
      </Notice>
      <Button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
