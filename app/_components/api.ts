/** What a failed API call says: a message for people, and the request field it is about when the server knows. */
export interface ApiError {
  message: string;
  field?: string;
}

/**
 * Reads the `{ error, field? }` body every API route sends on failure. The message is shown as the server wrote
 * it: the server, not the client, decides how a message reads and which field it belongs to.
 */
export async function readApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === "object" && "error" in body && typeof body.error === "string") {
    const field = "field" in body && typeof body.field === "string" && body.field ? body.field : undefined;
    return field ? { message: body.error, field } : { message: body.error };
  }
  return { message: `The server refused the request (${response.status}).` };
}

/** Sends a JSON body to one of the app's API routes. */
export function sendJson(url: string, body: unknown, method: "POST" | "PUT" | "DELETE" = "POST"): Promise<Response> {
  return fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/**
 * After a sign-in, sign-up or sign-out: goes where a successful answer's `url` says, or gives
 * the answer's error to show.
 */
export async function followOrReadError(response: Response): Promise<ApiError | null> {
  if (!response.ok) return readApiError(response);
  const { url } = (await response.json()) as { url: string };
  window.location.assign(url);
  return null;
}
