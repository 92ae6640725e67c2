"use client";

import { useState } from "react";
import { followOrReadError } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Notice } from "@/app/_components/ui/Notice";

/** Ends every session of the account, this one too: for a lost phone or a computer someone else uses. */
export function SignOutEverywhere() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function signOutEverywhere() {
    setBusy(true);
    const response = await fetch("/api/account/sign-out-everywhere", { method: "POST" });
    const failure = await followOrReadError(response);
    if (failure) {
      setBusy(false);
      setError(failure.message);
    }
  }

  return (
    <div className="space-y-3">
      <h2 className="text-lg font-semibold">Sessions</h2>
      <p className="text-sm text-stone-500">
        Signs you out on every device and browser, this one included. Signing out here ends only this browser&apos;s
        session.
      </p>
      <Notice tone="error" testId="sessions-error">
        {error}
      </Notice>
      <Button variant="secondary" onClick={signOutEverywhere} disabled={busy}>
        {busy ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </div>
  );
}
