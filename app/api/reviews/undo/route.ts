import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { loadCardView } from "@/lib/db/review/queue";
import { undoReview } from "@/lib/db/review/undo";
import { undoRequestSchema } from "@/lib/review/review-request-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { clientReviewId } = await parseJson(request, undoRequestSchema);
    const db = getDb();
    const undone = await undoReview(db, user.id, clientReviewId);
    return NextResponse.json({ card: await loadCardView(db, user.id, undone.cardId, new Date()) });
  });
}
