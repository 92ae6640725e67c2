import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { deleteExam, updateExam } from "@/lib/db/exams/exams";
import { loadExamReadiness } from "@/lib/db/exams/readiness";
import { examSchema } from "@/lib/exams/exam-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";
import { assertSameSite } from "@/lib/same-origin";

type Context = { params: Promise<{ id: string }> };

/** The exam with its readiness and plan. */
export function GET(request: NextRequest, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { id } = await params;
    return NextResponse.json(await loadExamReadiness(getDb(), user.id, id, new Date()));
  });
}

export function PUT(request: NextRequest, { params }: Context) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { id } = await params;
    const input = await parseJson(request, examSchema);
    return NextResponse.json({ exam: await updateExam(getDb(), user.id, id, input, new Date()) });
  });
}

export function DELETE(request: NextRequest, { params }: Context) {
  return handleRoute(async () => {
    assertSameSite(request);
    const user = await requireApiUser(request);
    const { id } = await params;
    await deleteExam(getDb(), user.id, id);
    return new NextResponse(null, { status: 204 });
  });
}
