import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { loadStudyQueue } from "@/lib/db/exams/queue";
import { examQueueScope, practiceQueueScope } from "@/lib/db/exams/review-scope";
import { resolveReviewScope, scopeQueueOptions } from "@/lib/db/review/scope";
import { handleRoute, requireApiUser } from "@/lib/http";

/** Today's queue, optionally limited by ?deck=, ?topic=, ?claim=, ?exam= or ?practice= as /review is. */
export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const db = getDb();
    const search = request.nextUrl.searchParams;
    const params = {
      deck: search.get("deck") ?? undefined,
      topic: search.get("topic") ?? undefined,
      claim: search.get("claim") ?? undefined,
    };
    const scope = await resolveReviewScope(db, user.id, params);
    const exam = await examQueueScope(db, user.id, search.get("exam"));
    const practice = await practiceQueueScope(db, user.id, search.get("practice"));
    const options = { ...scopeQueueOptions(scope), examId: exam.examId, cardIds: practice.cardIds };
    return NextResponse.json(await loadStudyQueue(db, user.id, new Date(), options));
  });
}
