import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { setCardSuspended } from "@/lib/db/cards/suspend";
import { cardSuspensionSchema } from "@/lib/cards/card-safety-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Suspends a card (it leaves the student's queues) or puts it back. */
export function PUT(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { cardId, suspended } = await parseJson(request, cardSuspensionSchema);
    return NextResponse.json(await setCardSuspended(getDb(), user.id, cardId, suspended));
  });
}
