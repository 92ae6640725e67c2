import { AppError } from "../errors";
import { MAX_JSON_BODY_BYTES } from "../limits";
import { mediaType, readJsonValue, readUrlEncodedForm } from "../request-body";
import { assertSameSite } from "../same-origin";

/** A sign-in or sign-up request: its fields, and whether a browser sent it as a plain form (no JavaScript). */
export interface AuthRequest {
  fields: Record<string, unknown>;
  /** Answer with redirects (the browser navigates) rather than status codes and JSON. */
  navigation: boolean;
}

/** Reads a JSON body (the JavaScript forms) or a urlencoded one (the same forms without JavaScript). */
export async function readAuthRequest(request: Request): Promise<AuthRequest> {
  // A form posted from another site could sign a visitor into the attacker's account.
  assertSameSite(request);
  const type = mediaType(request);
  if (type === "application/x-www-form-urlencoded") {
    const { fields } = await readUrlEncodedForm(request, MAX_JSON_BODY_BYTES);
    const mode = request.headers.get("sec-fetch-mode");
    const navigation = mode ? mode === "navigate" : (request.headers.get("accept") ?? "").includes("text/html");
    return { fields, navigation };
  }
  if (type !== "application/json") throw new AppError(415, "Send the form as JSON or as a urlencoded form.");
  const body = await readJsonValue(request, MAX_JSON_BODY_BYTES);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new AppError(400, "Send the form as a JSON object.");
  }
  return { fields: body as Record<string, unknown>, navigation: false };
}

export const textField = (fields: Record<string, unknown>, name: string) =>
  typeof fields[name] === "string" ? fields[name] : undefined;
