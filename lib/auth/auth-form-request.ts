import { NextRequest } from "next/server";
import { AppError } from "../errors";
import { MAX_AUTH_FORM_BYTES } from "../limits";
import { mediaType, readUrlEncodedForm } from "../request-body";
import { assertSameSite } from "../same-origin";

/**
 * A POST to next-auth's endpoints, checked before next-auth sees it: not from another site; its own forms and client
 * send URL-encoded bodies, so anything else is a 415 (malformed JSON used to answer 500); the
 * body is read within a small limit, and NUL or broken surrogates in a field are a 400. Returns
 * a request next-auth can read again.
 */
export async function checkedAuthPost(request: NextRequest): Promise<NextRequest> {
  assertSameSite(request);
  if (mediaType(request) !== "application/x-www-form-urlencoded") {
    throw new AppError(415, "Send the form URL-encoded (Content-Type: application/x-www-form-urlencoded).");
  }
  const { bytes } = await readUrlEncodedForm(request, MAX_AUTH_FORM_BYTES);
  return new NextRequest(request.url, { method: "POST", headers: request.headers, body: bytes });
}

// next-auth v4 builds absolute redirects from NEXTAUTH_URL, or from this fallback when it is unset.
const NEXT_AUTH_FALLBACK_ORIGIN = "http://localhost:3000";

/**
 * next-auth's redirects that point at its own idea of the app's origin, made relative, so that
 * they land on whatever origin the app was opened at (a failed CSRF check on sign-out used to
 * send the student to localhost:3000).
 */
export function withRelativeRedirect(response: Response, publicUrl: string | undefined): Response {
  const location = response.headers.get("location");
  if (!location) return response;
  let target: URL;
  try {
    target = new URL(location);
  } catch {
    return response;
  }
  if (target.origin !== new URL(publicUrl ?? NEXT_AUTH_FALLBACK_ORIGIN).origin) return response;
  const headers = new Headers(response.headers);
  headers.set("location", `${target.pathname}${target.search}${target.hash}`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
