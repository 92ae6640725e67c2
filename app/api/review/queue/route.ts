import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { resolveReviewScope, scopeQueueOptions } from "@/lib/db/review/scope";
import { handleRoute, requireApiUser } from "@/lib/http";

/** Today's queue, optionally limited by ?deck=, ?topic= or ?claim= as /review is. */
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
    return NextResponse.json(await loadReviewQueue(db, user.id, new Date(), scopeQueueOptions(scope)));
  });
}
