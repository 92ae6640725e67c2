"use client";

import { signIn } from "next-auth/react";
import { useId, useState } from "react";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { MIN_PASSWORD_LENGTH } from "@/lib/limits";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const errorFor = (field: string) => (error?.field === field ? errorId : null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setBusy(true);
    setError(null);
    const response = await sendJson("/api/signup", {
      ...credentials,
      name: String(form.get("name") ?? "") || undefined,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (!response.ok) {
      setBusy(false);
      setError(await readApiError(response));
      return;
    }
    const signedIn = await signIn("credentials", { ...credentials, redirect: false });
    if (!signedIn || signedIn.error) {
      setBusy(false);
      setError({ message: "Your account was created, but signing in failed. Please sign in." });
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
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
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
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
