import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { answerPracticeQuestion } from "@/lib/db/practice/answer";
import { practiceAnswerSchema } from "@/lib/practice/practice-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Logs one answer (and grades its card when the student's setting says so). */
export function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { id } = await params;
    const input = await parseJson(request, practiceAnswerSchema);
    return NextResponse.json(await answerPracticeQuestion(getDb(), user.id, id, input, new Date()));
  });
}
