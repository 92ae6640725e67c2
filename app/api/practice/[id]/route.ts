import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { loadPracticeTest } from "@/lib/db/practice/tests";
import { handleRoute, requireApiUser } from "@/lib/http";

/** The test's questions and the answers given so far (not the right answers while it runs). */
export function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { id } = await params;
    return NextResponse.json(await loadPracticeTest(getDb(), user.id, id));
  });
}
