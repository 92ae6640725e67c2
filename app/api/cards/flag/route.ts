import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { flagCard, unflagCard } from "@/lib/db/cards/flags";
import { cardFlagSchema, cardRequestSchema } from "@/lib/cards/card-safety-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Flags a card as bad with one of the rubric's reasons and a note; flagging again replaces it. */
export function PUT(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { cardId, ...input } = await parseJson(request, cardFlagSchema);
    return NextResponse.json(await flagCard(getDb(), user.id, cardId, input));
  });
}

/** Takes the student's flag off a card. */
export function DELETE(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { cardId } = await parseJson(request, cardRequestSchema);
    await unflagCard(getDb(), user.id, cardId);
    return new NextResponse(null, { status: 204 });
  });
}
