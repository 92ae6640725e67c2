"use client";

import { useId, useState } from "react";
import { readApiError, sendJson, type ApiError } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";
import { Field } from "@/app/_components/ui/Field";
import { Notice } from "@/app/_components/ui/Notice";
import { MIN_PASSWORD_LENGTH } from "@/lib/limits";

type Status = { changed: true; message: string } | ({ changed: false } & ApiError);

/** Changing the password signs out every other session; this one gets a fresh token from the server. */
export function PasswordForm() {
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const statusId = useId();
  const errorFor = (field: string) => (status && !status.changed && status.field === field ? statusId : null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setBusy(true);
    const response = await sendJson(
      "/api/account/password",
      { currentPassword: String(form.get("currentPassword")), newPassword: String(form.get("newPassword")) },
      "PUT",
    );
    if (response.ok) {
      formElement.reset();
      setStatus({ changed: true, message: ((await response.json()) as { message: string }).message });
    } else {
      setStatus({ changed: false, ...(await readApiError(response)) });
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="password-form">
      <h2 className="text-lg font-semibold">Change password</h2>
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errorId={errorFor("currentPassword")}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters and hard to guess. Every other device is signed out.`}
        errorId={errorFor("newPassword")}
      />
      <Notice tone={status?.changed ? "success" : "error"} id={statusId} testId="password-status">
        {status?.message}
      </Notice>
      <Button type="submit" disabled={busy}>
        {busy ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
