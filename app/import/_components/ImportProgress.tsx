"use client";

import { useEffect, useState } from "react";
import { GENERATION_TIME_LIMIT_SECONDS } from "@/lib/limits";

/** Long articles take seconds: the student sees that work goes on, what it is, and for how long. */
export function ImportProgress({ saving }: { saving: boolean }) {
  const [seconds, setSeconds] = useState(0);

  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);

  const stage = saving ? "Saving the deck…" : seconds < 2 ? "Reading the article…" : "Generating cards…";
  return (
    <div role="status" data-testid="import-progress" className="space-y-2 text-sm text-stone-600">
      <div className="flex justify-between">
        <span>{stage}</span>
        <span aria-label={`${seconds} seconds so far`}>{seconds} s</span>
      </div>
      <div className="h-1.5 overflow-hidden rounded-full bg-stone-200">
        <div className="h-full w-1/3 animate-[import-progress_1.2s_ease-in-out_infinite] rounded-full bg-accent" />
      </div>
      {seconds >= 5 && (
        <p className="text-xs text-stone-500">
          Long articles take a while; the limit is {GENERATION_TIME_LIMIT_SECONDS} seconds.
        </p>
      )}
    </div>
  );
}
