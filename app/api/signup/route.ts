import { NextResponse } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { createUserWithPassword, EmailTakenError } from "@/lib/db/users";
import { hashPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/auth/credentials-schema";
import { errorResponse, handleRoute, parseJson } from "@/lib/http";

export function POST(request: Request) {
  return handleRoute(async () => {
    const input = await parseJson(request, signUpSchema);
    try {
      const user = await createUserWithPassword(getPrisma(), {
        email: input.email,
        name: input.name,
        timeZone: input.timeZone,
        passwordHash: await hashPassword(input.password),
      });
      return NextResponse.json({ user: { id: user.id, email: user.email } }, { status: 201 });
    } catch (error) {
      if (error instanceof EmailTakenError) return errorResponse(409, error.message);
      throw error;
    }
  });
}
