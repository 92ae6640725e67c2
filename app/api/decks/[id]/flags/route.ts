import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { deckNotFound, loadDeckCare } from "@/lib/db/cards/flags";
import { buildFlagsExport, flagsExportFileName } from "@/lib/cards/flags-export";
import { isSafeText } from "@/lib/text-safety";
import { MAX_CARD_ID_LENGTH } from "@/lib/limits";
import { handleRoute, requireApiUser } from "@/lib/http";

/** The deck's flagged cards as a JSON download, to turn into generator test cases. */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { id } = await params;
    if (id.length > MAX_CARD_ID_LENGTH || !isSafeText(id)) throw deckNotFound();
    const care = await loadDeckCare(getDb(), user.id, id);
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
