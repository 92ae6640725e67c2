"use client";

import { useId, useState } from "react";
import { followOrReadError, sendJson, type ApiError } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { MIN_PASSWORD_LENGTH } from "@/lib/limits";

/**
 * Posts to /api/signup, which creates the account and signs it in. With JavaScript the post is a
 * fetch (and sends the browser's time zone); without it the browser posts the form itself.
 */
export function SignUpForm({ callbackUrl, initialError }: { callbackUrl: string; initialError: ApiError | null }) {
  const [error, setError] = useState<ApiError | null>(initialError);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const errorFor = (field: string) => (error?.field === field ? errorId : null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const response = await sendJson("/api/signup", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      name: String(form.get("name") ?? "") || undefined,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      callbackUrl,
    });
    const failure = await followOrReadError(response);
    if (failure) {
      setBusy(false);
      setError(failure);
    }
  }

  return (
    <form method="post" action="/api/signup" onSubmit={submit} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Name (optional)" name="name" autoComplete="name" errorId={errorFor("name")} />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        autoFocus
        errorId={errorFor("email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters and hard to guess: a few unrelated words work well.`}
        errorId={errorFor("password")}
      />
      <Notice tone="error" id={errorId} testId="form-error">
        {error?.message}
      </Notice>
      <Button type="submit" disabled={busy} size="lg" className="w-full">
        {busy ? "Please wait…" : "Create account"}
      </Button>
    </form>
  );
}
