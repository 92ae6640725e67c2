import { NextResponse, type NextRequest } from "next/server";
import { sessionUserId } from "./auth/session-token";
import type { z } from "zod";
import { authSecret } from "./auth/options";
import { AppError } from "./errors";
import { MAX_JSON_BODY_BYTES } from "./limits";

/** The JSON body of every failed response; `field` is the dotted path of the request field at fault. */
export interface ErrorBody {
  error: string;
  field?: string;
}

function errorResponse(status: number, message: string, field?: string) {
  const body: ErrorBody = field === undefined ? { error: message } : { error: message, field };
  return NextResponse.json(body, { status });
}

/**
 * The signed-in user's id, from the session JWT alone: route handlers never
 * trust a user id sent by the client.
 */
export async function requireApiUser(request: NextRequest): Promise<{ id: string }> {
  const userId = await sessionUserId(request, authSecret());
  if (!userId) throw new AppError(401, "Sign in to continue.");
  return { id: userId };
}

const bodyTooLarge = () => new AppError(413, "The request is too large.");

async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw bodyTooLarge();
  // The declared length may be missing (chunked) or wrong, so the body itself is measured too.
  const text = await request.text().catch(() => {
    throw new AppError(400, "The request body could not be read.");
  });
  if (Buffer.byteLength(text, "utf8") > maxBytes) throw bodyTooLarge();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(400, "The request body must be JSON.");
  }
}

/**
 * The request's JSON body checked against `schema`. The first problem becomes a
 * 400 with the issue's message and its dotted path as the field.
 */
export async function parseJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await readJson(request, maxBytes));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join(".") : undefined;
  throw new AppError(400, issue?.message ?? "The request is not valid.", field);
}

/** Maps AppErrors to their status and message; anything else is logged and answered with a generic 500. */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return errorResponse(error.status, error.message, error.field);
    console.error(error);
    return errorResponse(500, "Something went wrong on our side. Please try again.");
  }
}
