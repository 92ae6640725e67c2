import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { flagCard, unflagCard } from "@/lib/db/cards/flags";
import { cardFlagSchema } from "@/lib/cards/card-safety-schema";
import { cardIdFromPath } from "@/lib/cards/card-id";
import { assertSameSite } from "@/lib/same-origin";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

type Context = { params: Promise<{ id: string }> };

/** Flags a card as bad with one of the rubric's reasons and a note; flagging again replaces it. */
export function PUT(request: NextRequest, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const cardId = cardIdFromPath((await params).id);
    const input = await parseJson(request, cardFlagSchema);
    return NextResponse.json(await flagCard(getDb(), user.id, cardId, input));
  });
}

export function DELETE(request: NextRequest, { params }: Context) {
  return handleRoute(async () => {
    assertSameSite(request);
    const user = await requireApiUser(request);
    const cardId = cardIdFromPath((await params).id);
    await unflagCard(getDb(), user.id, cardId);
    return new NextResponse(null, { status: 204 });
  });
}
