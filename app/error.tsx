"use client";

import { Button } from "./_components/ui/Button";

/**
 * What a page shows when rendering it failed on the server, most often because the database is
 * out of reach for a moment. The cause stays in the server's log: the page shows no details.
 */
export default function PageError() {
  return (
    <div className="mx-auto max-w-lg space-y-4 py-16 text-center" role="alert" data-testid="page-error">
      <h1 className="text-2xl font-semibold tracking-tight">This page can&apos;t be shown right now</h1>
      <p className="text-stone-600">
        Claimdeck may be unable to reach its database for a moment. Your saved reviews are safe. Please try again
        shortly.
      </p>
      {/* A server-side failure needs the page rendered again, not only the client tree. */}
      <Button onClick={() => window.location.reload()}>Try again</Button>
    </div>
  );
}
