"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { followOrReadError, sendJson } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";

interface OAuthProvider {
  id: string;
  name: string;
}

/**
 * Posts to /api/signin. With JavaScript the post is a fetch and a refusal shows here at once;
 * without it the browser posts the form itself and the server redirects (initialError is then
 * the message it came back with).
 */
export function SignInForm(props: { callbackUrl: string; providers: OAuthProvider[]; initialError: string | null }) {
  const { callbackUrl, providers } = props;
  const [error, setError] = useState<string | null>(props.initialError);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    const response = await sendJson("/api/signin", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      callbackUrl,
    });
    const failure = await followOrReadError(response);
    if (failure) {
      setBusy(false);
      setError(failure.message);
    }
  }

  return (
    <div className="space-y-4">
      <form method="post" action="/api/signin" onSubmit={submit} className="space-y-4" noValidate>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
