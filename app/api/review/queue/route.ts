import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { loadReviewQueue } from "@/lib/db/review/queue";
import { handleRoute, requireApiUser } from "@/lib/http";

export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    return NextResponse.json(await loadReviewQueue(getDb(), user.id, new Date()));
  });
}
