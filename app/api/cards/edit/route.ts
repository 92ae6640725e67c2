import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { editCard } from "@/lib/db/cards/edit";
import { cardEditSchema } from "@/lib/cards/card-safety-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Saves the student's own prompt and answer for a card; its schedule and history stay. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { cardId, ...input } = await parseJson(request, cardEditSchema);
    return NextResponse.json(await editCard(getDb(), user.id, cardId, input));
  });
}
