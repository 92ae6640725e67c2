import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { saveUserDeck } from "@/lib/db/imports";
import { generateInWorker } from "@/lib/generator/worker/pool";
import { checkImportChoices } from "@/lib/import/import-choices";
import { saveImportSchema } from "@/lib/import/import-request-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";
import { MAX_IMPORT_BODY_BYTES } from "@/lib/limits";

/** Saves a previewed deck. The cards are generated again here: the client only chooses among them. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const input = await parseJson(request, saveImportSchema, MAX_IMPORT_BODY_BYTES);
    const { deck } = await generateInWorker({ text: input.text });
    const kept = checkImportChoices(deck, input);
    const result = await saveUserDeck(getDb(), deck, { ownerId: user.id, ...input });
    return NextResponse.json({ deckId: result.deckId, cards: kept }, { status: 201 });
  });
}
