"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Field, FormError, SubmitButton } from "@/app/_components/AuthCard";
import { MIN_PASSWORD_LENGTH } from "@/lib/limits";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const credentials = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    setBusy(true);
    setError(null);
    const response = await fetch("/api/signup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ...credentials,
        name: String(form.get("name") ?? "") || undefined,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      }),
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { error?: string } | null;
      setBusy(false);
      setError(body?.error?.replace(/^\w+: /, "") ?? "Could not create the account. Please try again.");
      return;
    }
    const signedIn = await signIn("credentials", { ...credentials, redirect: false });
    if (!signedIn || signedIn.error) {
      setBusy(false);
      setError("Your account was created, but signing in failed. Please sign in.");
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field label="Name (optional)" name="name" autoComplete="name" />
      <Field label="Email" name="email" type="email" autoComplete="email" required autoFocus />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
      />
      <p className="text-xs text-stone-500">At least {MIN_PASSWORD_LENGTH} characters.</p>
      <FormError message={error} />
      <SubmitButton busy={busy}>Create account</SubmitButton>
    </form>
  );
}
