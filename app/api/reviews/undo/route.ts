import { NextResponse, type NextRequest } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { loadCardView, undoReview } from "@/lib/db/reviews";
import { undoRequestSchema } from "@/lib/review/review-request-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { clientReviewId } = await parseJson(request, undoRequestSchema);
    const prisma = getPrisma();
    const undone = await undoReview(prisma, user.id, clientReviewId);
    return NextResponse.json({ card: await loadCardView(prisma, user.id, undone.cardId, new Date()) });
  });
}
