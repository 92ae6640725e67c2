import { NextResponse, type NextRequest } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { gradeAndLoadNext, loadCardView } from "@/lib/db/reviews";
import { gradeRequestSchema } from "@/lib/review/review-request-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Grades a card and answers with the next card of today's queue. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const started = performance.now();
    const user = await requireApiUser(request);
    const { wantCard, ...input } = await parseJson(request, gradeRequestSchema);
    const prisma = getPrisma();
    const now = new Date();
    const { result, next } = await gradeAndLoadNext(prisma, { ...input, userId: user.id }, now);
    const card = wantCard ? await loadCardView(prisma, user.id, input.cardId, now) : null;
    return NextResponse.json(
      { result, card, next },
      { headers: { "Server-Timing": `app;dur=${(performance.now() - started).toFixed(2)}` } },
    );
  });
}
