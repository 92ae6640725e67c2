import { NextResponse, type NextRequest } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { loadSettings, saveSettings } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/settings/settings-schema";
import { handleRoute, parseJson, requireApiUser } from "@/lib/http";

export function GET(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    return NextResponse.json(await loadSettings(getPrisma(), user.id));
  });
}

export function PUT(request: NextRequest) {
  return handleRoute(async () => {
    const user = await requireApiUser(request);
    const input = await parseJson(request, settingsSchema);
    return NextResponse.json(await saveSettings(getPrisma(), user.id, input));
  });
}
