"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { readApiError, sendJson } from "@/app/_components/api";
import { Button } from "@/app/_components/ui/Button";

/** Unsuspend and unflag one card, then reload the list. */
export function CardCareButtons({
  cardId,
  suspended,
  flagged,
}: {
  cardId: string;
  suspended: boolean;
  flagged: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(request: () => Promise<Response>) {
    setBusy(true);
    setError(null);
    try {
      const response = await request();
      if (!response.ok) return setError((await readApiError(response)).message);
      router.refresh();
    } catch {
      setError("The server is out of reach. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {suspended && (
        <Button
          variant="secondary"
          size="sm"
          disabled={busy}
          onClick={() => run(() => sendJson("/api/cards/suspension", { cardId, suspended: false }, "PUT"))}
        >
          Unsuspend
        </Button>
      )}
      {flagged && (
        <Button
          variant="secondary"
          size="sm"
          disabled={busy}
          onClick={() => run(() => sendJson("/api/cards/flag", { cardId }, "DELETE"))}
        >
          Unflag
        </Button>
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
