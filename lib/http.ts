import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "./auth/options";
import { sessionUserId } from "./auth/session-token";
import type { z } from "zod";

import { ReviewError } from "./review/errors";

export function errorResponse(status: number, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: message, ...extra }, { status });
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The signed-in user's id, from the session JWT alone: route handlers never
 * trust a user id sent by the client.
 */
export async function requireApiUser(request: NextRequest): Promise<{ id: string }> {
  const userId = await sessionUserId(request, authSecret());
  if (!userId) throw new HttpError(401, "Sign in to continue.");
  return { id: userId };
}

export async function parseJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new HttpError(400, "The request body must be JSON.");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".");
    throw new HttpError(400, field ? `${field}: ${issue.message}` : (issue?.message ?? "Invalid request."));
  }
  return parsed.data;
}

/** Maps expected failures to 4xx with a message; anything else is logged and a 500. */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError || error instanceof ReviewError) return errorResponse(error.status, error.message);
    console.error(error);
    return errorResponse(500, "Something went wrong on our side. Please try again.");
  }
}
