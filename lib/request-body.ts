import { AppError } from "./errors";
import { assertSafeText } from "./text-safety";

export const bodyTooLarge = () => new AppError(413, "The request is too large.");

/**
 * The request body, counted while it streams in: past `maxBytes` the stream is cancelled and
 * the answer is 413, so neither a false Content-Length nor a chunked body can make the server
 * hold more than the limit (a 400 MB sign-up once took 1.8 GB before it was refused).
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLarge: () => AppError = bodyTooLarge,
): Promise<Buffer<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw new AppError(400, "The request body could not be read.");
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks, total);
}

/** The request's media type without parameters, in lower case ("application/json"). */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
}

/** A multipart or URL-encoded form, read within `maxBytes` before it is parsed. */
export async function readFormData(request: Request, maxBytes: number, tooLarge?: () => AppError): Promise<FormData> {
  const bytes = await readBodyBytes(request, maxBytes, tooLarge);
  const headers = { "content-type": request.headers.get("content-type") ?? "" };
  return new Response(bytes, { headers }).formData().catch(() => {
    throw new AppError(400, "The request body is not a valid form.");
  });
}

function strictUtf8(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** A JSON body read within `maxBytes`, parsed, and free of NUL and broken surrogates. */
export async function readJsonValue(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBodyBytes(request, maxBytes);
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8(bytes));
  } catch {
    throw new AppError(400, "The request body must be JSON.");
  }
  assertSafeText(value);
  return value;
}

/** A URL-encoded form read within `maxBytes`: its fields, free of NUL, and its bytes to hand on. */
export async function readUrlEncodedForm(request: Request, maxBytes: number) {
  const bytes = await readBodyBytes(request, maxBytes);
  let text: string;
  try {
    text = strictUtf8(bytes);
  } catch {
    throw new AppError(400, "The form is not valid UTF-8 text.");
  }
  const fields = Object.fromEntries(new URLSearchParams(text));
  assertSafeText(fields);
  return { fields, bytes };
}
