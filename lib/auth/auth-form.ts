import type { z } from "zod";
import { env } from "../env";
import { AppError } from "../errors";
import { MAX_JSON_BODY_BYTES } from "../limits";

/** A sign-in or sign-up request: its fields, and whether a browser sent it as a plain form (no JavaScript). */
export interface AuthRequest {
  fields: Record<string, unknown>;
  /** Answer with redirects (the browser navigates) rather than status codes and JSON. */
  navigation: boolean;
}

/**
 * A form posted from another site could sign a visitor into the attacker's account; browsers
 * send Origin with every POST, so a foreign one is refused. Clients that send none (scripts)
 * carry no visitor's cookies to abuse.
 */
function requireOwnOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (!origin) return;
  // The host the browser addressed (request.url carries the server's own idea of it).
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const protocol = request.headers.get("x-forwarded-proto") ?? "http";
  const publicUrl = env().NEXTAUTH_URL;
  const own = [host && `${protocol}://${host}`, publicUrl && new URL(publicUrl).origin];
  if (!own.includes(origin)) throw new AppError(403, "This form must be sent from Claimdeck itself.");
}

async function bodyText(request: Request): Promise<string> {
  const tooLarge = new AppError(413, "The request is too large.");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BODY_BYTES) throw tooLarge;
  const text = await request.text().catch(() => {
    throw new AppError(400, "The request body could not be read.");
  });
  if (Buffer.byteLength(text, "utf8") > MAX_JSON_BODY_BYTES) throw tooLarge;
  return text;
}

/** Reads a JSON body (the JavaScript forms) or a urlencoded one (the same forms without JavaScript). */
export async function readAuthRequest(request: Request): Promise<AuthRequest> {
  requireOwnOrigin(request);
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    const fields = Object.fromEntries(new URLSearchParams(await bodyText(request)));
    const mode = request.headers.get("sec-fetch-mode");
    const navigation = mode ? mode === "navigate" : (request.headers.get("accept") ?? "").includes("text/html");
    return { fields, navigation };
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
  return { fields: body as Record<string, unknown>, navigation: false };
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
