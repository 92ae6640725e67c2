import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { signUpSchema } from "@/lib/auth/credentials-schema";
import { signUpWithPassword } from "@/lib/auth/sign-up";
import { handleRoute, parseJson } from "@/lib/http";

export function POST(request: Request) {
  return handleRoute(async () => {
    const input = await parseJson(request, signUpSchema);
    const user = await signUpWithPassword(getDb(), input);
    return NextResponse.json({ user: { id: user.id, email: user.email } }, { status: 201 });
  });
}
