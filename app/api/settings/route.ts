import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/db/client";
import { loadSettings, saveSettings } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/scheduling/settings-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    return NextResponse.json(await loadSettings(getDb(), user.id));
  });
}

export function PUT(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const input = await parseJson(request, settingsSchema);
    return NextResponse.json(await saveSettings(getDb(), user.id, input));
  });
}
