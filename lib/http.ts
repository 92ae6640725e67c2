import { NextResponse, type NextRequest } from "next/server";
import { sessionUserId } from "./auth/session-token";
import type { z } from "zod";
import { authSecret } from "./auth/options";
import { AppError } from "./errors";
import { MAX_JSON_BODY_BYTES } from "./limits";
import { mediaType, readJsonValue } from "./request-body";
import { assertSameSite } from "./same-origin";
import { isDatabaseUnavailable } from "./db/unavailable";

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

async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  assertSameSite(request);
  // A cross-site form can post text/plain or a form without a CORS preflight; JSON it cannot.
  if (mediaType(request) !== "application/json") {
    throw new AppError(415, "Send the request as JSON (Content-Type: application/json).");
  }
  return readJsonValue(request, maxBytes);
}

/** `value` checked against `schema`; the first problem is a 400 with its message and dotted path as the field. */
export function validate<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join(".") : undefined;
  throw new AppError(400, issue?.message ?? "The request is not valid.", field);
}

/** The request's JSON body checked against `schema`. */
export async function parseJson<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = MAX_JSON_BODY_BYTES,
): Promise<z.infer<T>> {
  return validate(schema, await readJson(request, maxBytes));
}

/** Seconds a client should wait before retrying while the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * Maps AppErrors to their status and message, and an unreachable database to a 503 with
 * Retry-After and nothing about the server's address; anything else is logged and answered
 * with a generic 500.
 */
export async function handleRoute(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) {
      const response = errorResponse(error.status, error.message, error.field);
      const retryAfter = error.options.retryAfterSeconds;
      if (retryAfter !== undefined) response.headers.set("Retry-After", String(retryAfter));
      return response;
    }
    if (isDatabaseUnavailable(error)) {
      console.error("[db] unavailable:", error instanceof Error ? error.message : error);
      const response = errorResponse(503, SERVICE_UNAVAILABLE_MESSAGE);
      response.headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
      return response;
    }
    console.error(error);
    return errorResponse(500, "Something went wrong on our side. Please try again.");
  }
}

export const SERVICE_UNAVAILABLE_MESSAGE =
  "Claimdeck can't reach its database right now. Please try again in a moment.";
