import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { abandonPracticeTest } from "@/lib/db/practice/tests";
import { handleRoute, requireApiUser } from "@/lib/http";
import { assertSameSite } from "@/lib/same-origin";

export function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRoute(async () => {
    assertSameSite(request);
    const user = await requireApiUser(request);
    const { id } = await params;
    await abandonPracticeTest(getDb(), user.id, id, new Date());
    return NextResponse.json({ ok: true });
  });
}
