import { requireUser } from "@/lib/auth/session";
import { ImportWorkbench } from "./_components/ImportWorkbench";

export const metadata = { title: "Import an article" };
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requireUser("/import");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import an article</h1>
        <p className="mt-1 text-stone-500">
          Claimdeck finds the article&apos;s claims and topics and drafts cards from them. Untick the cards you
          don&apos;t want, rename topics, and save: the deck is yours alone.
        </p>
      </div>
      <ImportWorkbench />
    </div>
  );
}
