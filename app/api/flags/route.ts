import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { deckNotFound, loadDeckCare } from "@/lib/db/cards/flags";
import { buildFlagsExport, flagsExportFileName } from "@/lib/cards/flags-export";
import { isSafeText } from "@/lib/text-safety";
import { MAX_CARD_ID_LENGTH } from "@/lib/limits";
import { handleRoute, requireApiUser } from "@/lib/http";

/** GET /api/flags?deck=<id>: the deck's flagged cards as a JSON download, to turn into generator test cases. */
export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const deckId = request.nextUrl.searchParams.get("deck") ?? "";
    if (!deckId || deckId.length > MAX_CARD_ID_LENGTH || !isSafeText(deckId)) throw deckNotFound();
    const care = await loadDeckCare(getDb(), user.id, deckId);
    if (!care) throw deckNotFound();
    const body = buildFlagsExport(care.deck, care.cards, new Date());
    return NextResponse.json(body, {
      headers: {
        "Content-Disposition": `attachment; filename="${flagsExportFileName(care.deck.title)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
