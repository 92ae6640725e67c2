import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { createExam, listExams } from "@/lib/db/exams/exams";
import { examSchema } from "@/lib/exams/exam-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** The student's upcoming exams, soonest first. */
export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    return NextResponse.json({ exams: await listExams(getDb(), user.id, new Date()) });
  });
}

export function POST(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const input = await parseJson(request, examSchema);
    return NextResponse.json({ exam: await createExam(getDb(), user.id, input, new Date()) }, { status: 201 });
  });
}
