import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { loadReviewQueue } from "@/lib/db/reviews";
import { handleRoute, requireApiUser } from "@/lib/http";

export function GET() {
  return handleRoute(async () => {
    const user = await requireApiUser();
    return NextResponse.json(await loadReviewQueue(getPrisma(), user.id, new Date()));
  });
}
