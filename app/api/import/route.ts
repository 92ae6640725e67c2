import { NextResponse, type NextRequest } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { saveUserDeck } from "@/lib/db/imports";
import { generateDeck } from "@/lib/generator/generate";
import { saveImportSchema } from "@/lib/import/import-request-schema";
import { errorResponse, handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Saves a previewed deck. The cards are generated again here: the client only chooses among them. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const input = await parseJson(request, saveImportSchema);
    const deck = generateDeck(input.text);
    const keys = new Set(deck.cards.map((card) => card.key));
    const kept = deck.cards.filter((card) => !input.excludedCardKeys.includes(card.key));
    if (input.excludedCardKeys.some((key) => !keys.has(key))) return errorResponse(400, "Some unticked cards are not part of this article.");
    if (kept.length === 0) return errorResponse(400, "Keep at least one card.");
    const unknownTopic = Object.keys(input.topicNames).find((id) => !deck.topics.some((m) => m.id === id));
    if (unknownTopic) return errorResponse(400, `There is no topic "${unknownTopic}" in this article.`);
    const result = await saveUserDeck(getPrisma(), deck, { ownerId: user.id, ...input });
    return NextResponse.json({ deckId: result.deckId, cards: kept.length }, { status: 201 });
  });
}
