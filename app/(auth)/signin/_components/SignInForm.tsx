"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { SIGN_IN_UNAVAILABLE } from "@/lib/auth/sign-in-errors";

interface OAuthProvider {
  id: string;
  name: string;
}

export function SignInForm({ callbackUrl, providers }: { callbackUrl: string; providers: OAuthProvider[] }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const response = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!response || response.error) {
      setBusy(false);
      setError(
        response?.error === SIGN_IN_UNAVAILABLE
          ? "Claimdeck can't reach its database right now. Please try again in a moment."
          : "That email and password don't match an account.",
      );
      return;
    }
    window.location.assign(callbackUrl);
  }

  return (
    <div className="space-y-4">
      <form onSubmit={submit} className="space-y-4" noValidate>
        <Field label="Email" name="email" type="email" autoComplete="email" required autoFocus />
        <Field label="Password" name="password" type="password" autoComplete="current-password" required />
        <Notice tone="error" testId="form-error">
          {error}
        </Notice>
        <Button type="submit" disabled={busy} size="lg" className="w-full">
          {busy ? "Please wait…" : "Sign in"}
        </Button>
      </form>
      {providers.map((provider) => (
        <Button
          key={provider.id}
          variant="secondary"
          size="lg"
          className="w-full"
          onClick={() => signIn(provider.id, { callbackUrl })}
        >
          Continue with {provider.name}
        </Button>
      ))}
    </div>
  );
}
