import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { gradeCard, loadCardView, loadReviewQueue } from "@/lib/db/reviews";
import { gradeRequestSchema } from "@/lib/review/validation";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Grades a card and answers with the next card of today's queue. */
export function POST(request: Request) {
  return handleRoute(async () => {
    const user = await requireApiUser();
    const { wantCard, ...input } = await parseJson(request, gradeRequestSchema);
    const prisma = getPrisma();
    const now = new Date();
    const result = await gradeCard(prisma, { ...input, userId: user.id }, now);
    const [queue, card] = await Promise.all([
      loadReviewQueue(prisma, user.id, now, { limit: 1, excludeCardIds: [input.cardId] }),
      wantCard ? loadCardView(prisma, user.id, input.cardId, now) : null,
    ]);
    return NextResponse.json({
      result,
      card,
      next: queue.cards[0] ?? null,
      remaining: queue.dueCount + queue.newCount,
    });
  });
}
