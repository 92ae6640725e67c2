import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { savePracticeSetting } from "@/lib/db/practice/settings";
import { practiceSettingSchema } from "@/lib/practice/practice-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

/** Whether practice-test answers update the review schedule. */
export function PUT(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const { practiceUpdatesSchedule } = await parseJson(request, practiceSettingSchema);
    return NextResponse.json(await savePracticeSetting(getDb(), user.id, practiceUpdatesSchedule));
  });
}
