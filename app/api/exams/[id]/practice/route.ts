import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { startPracticeTest } from "@/lib/db/practice/start";
import { startPracticeSchema } from "@/lib/practice/practice-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Starts a timed practice test for the exam: { questions? } (20 by default). */
export function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { id } = await params;
    const body = await parseJson(request, startPracticeSchema.partial());
    const test = await startPracticeTest(getDb(), user.id, id, body.questions, new Date());
    return NextResponse.json(test, { status: 201 });
  });
}
