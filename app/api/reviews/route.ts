import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { gradeAndLoadNext } from "@/lib/db/review/grade";
import { gradeRequestSchema } from "@/lib/review/review-request-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Grades a card and answers with the next card of today's queue. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const started = performance.now();
    const user = await requireApiUser(request);
    const { wantCard, ...input } = await parseJson(request, gradeRequestSchema);
    const outcome = await gradeAndLoadNext(getDb(), { ...input, userId: user.id }, new Date(), { wantCard });
    return NextResponse.json(outcome, {
      headers: { "Server-Timing": `app;dur=${(performance.now() - started).toFixed(2)}` },
    });
  });
}
