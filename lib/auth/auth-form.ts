import type { z } from "zod";
import { AppError } from "../errors";
import { MAX_JSON_BODY_BYTES } from "../limits";
import { readBodyBytes } from "../request-body";
import { assertSameSite } from "../same-origin";
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "../text-safety";

/** A sign-in or sign-up request: its fields, and whether a browser sent it as a plain form (no JavaScript). */
export interface AuthRequest {
  fields: Record<string, unknown>;
  /** Answer with redirects (the browser navigates) rather than status codes and JSON. */
  navigation: boolean;
}

async function bodyText(request: Request): Promise<string> {
  const bytes = await readBodyBytes(request, MAX_JSON_BODY_BYTES);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError(400, "The request body is not valid UTF-8 text.");
  }
}

/** NUL or a broken surrogate in any field or name is a 400 on that field. */
function checkedFields(fields: Record<string, unknown>): Record<string, unknown> {
  const unsafe = findUnsafeText(fields);
  if (unsafe) throw new AppError(400, UNSAFE_TEXT_MESSAGE, unsafe.join(".") || undefined);
  return fields;
}

/** Reads a JSON body (the JavaScript forms) or a urlencoded one (the same forms without JavaScript). */
export async function readAuthRequest(request: Request): Promise<AuthRequest> {
  // A form posted from another site could sign a visitor into the attacker's account.
  assertSameSite(request);
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    const fields = Object.fromEntries(new URLSearchParams(await bodyText(request)));
    const mode = request.headers.get("sec-fetch-mode");
    const navigation = mode ? mode === "navigate" : (request.headers.get("accept") ?? "").includes("text/html");
    return { fields: checkedFields(fields), navigation };
  }
  if (type !== "application/json") throw new AppError(415, "Send the form as JSON or as a urlencoded form.");
  let body: unknown;
  try {
    body = JSON.parse(await bodyText(request));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(400, "The request body must be JSON.");
  }
  if (!body || typeof body !== "object" || Array.isArray(body))
    throw new AppError(400, "Send the form as a JSON object.");
  return { fields: checkedFields(body as Record<string, unknown>), navigation: false };
}

/** The fields checked against `schema`; the first problem is a 400 on its field. */
export function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join(".") : undefined;
  throw new AppError(400, issue?.message ?? "The request is not valid.", field);
}

export const textField = (fields: Record<string, unknown>, name: string) =>
  typeof fields[name] === "string" ? fields[name] : undefined;
