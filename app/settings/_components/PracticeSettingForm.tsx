"use client";

import { useState } from "react";
import { readApiError, sendJson } from "@/app/_components/api";
import { Notice } from "@/app/_components/ui/Notice";

/** Whether practice-test answers count as reviews (right = Good, wrong = Again). Saved when toggled. */
export function PracticeSettingForm({ initial }: { initial: boolean }) {
  const [on, setOn] = useState(initial);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  async function toggle(value: boolean) {
    setOn(value);
    const response = await sendJson("/api/settings/practice", { practiceUpdatesSchedule: value }, "PUT");
    setStatus(
      response.ok ? { ok: true, message: "Saved." } : { ok: false, message: (await readApiError(response)).message },
    );
    if (!response.ok) setOn(!value);
  }

  return (
    <div className="space-y-3">
      <h2 className="text-lg font-semibold">Practice tests</h2>
      <label className="flex items-start gap-3 text-sm text-stone-800">
        <input type="checkbox" className="mt-1" checked={on} onChange={(event) => toggle(event.target.checked)} />
        <span>
          Practice answers update my review schedule
          <span className="block text-xs text-stone-600">
            A right answer counts as Good and a wrong one as Again, like a review. Off: answers are only logged.
          </span>
        </span>
      </label>
      <Notice tone={status?.ok ? "success" : "error"} testId="practice-setting-status">
        {status?.message}
      </Notice>
    </div>
  );
}
