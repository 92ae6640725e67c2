import { NextResponse, type NextRequest } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { loadReviewQueue } from "@/lib/db/reviews";
import { handleRoute, requireApiUser } from "@/lib/http";

export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    return NextResponse.json(await loadReviewQueue(getPrisma(), user.id, new Date()));
  });
}
