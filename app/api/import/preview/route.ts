import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { generateInWorker } from "@/lib/generator/worker/pool";
import { articleTaskFromRequest } from "@/lib/import/article-form";
import { handleRoute, requireApiUser } from "@/lib/http";

/** Generates a deck from pasted text or an uploaded file, without saving anything. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    await requireApiUser(request);
    const { text, deck } = await generateInWorker(await articleTaskFromRequest(request));
    if (deck.cards.length === 0) {
      throw new AppError(422, "No claims could be found in this text, so there are no cards to make.");
    }
    return NextResponse.json({ text, deck });
  });
}
