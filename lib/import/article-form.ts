import { AppError } from "../errors";
import { ArticleInputError, articleTextFromBytes } from "../generator/input";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, UPLOAD_FORM_OVERHEAD_BYTES } from "../limits";

const ACCEPTED_FILE_NAME = /\.(txt|md|markdown|pdf)$/i;

/** The article sent to be previewed: an uploaded file, or else pasted text. */
export async function articleTextFromRequest(request: Request): Promise<string> {
  // Refuse an oversized upload from its declared length, before reading it.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + UPLOAD_FORM_OVERHEAD_BYTES) {
    throw new ArticleInputError(`That file is larger than ${MAX_UPLOAD_LABEL}.`, 413);
  }
  const form = await request.formData().catch(() => {
    throw new AppError(400, "Send the article as a form with a file or text.");
  });
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (!ACCEPTED_FILE_NAME.test(file.name)) {
      throw new ArticleInputError(`${file.name}: upload a .txt, .md or .pdf file.`);
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      throw new ArticleInputError(`${file.name} is larger than ${MAX_UPLOAD_LABEL}.`, 413);
    }
    return articleTextFromBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  const pasted = form.get("text");
  if (typeof pasted === "string" && pasted.trim()) {
    return articleTextFromBytes(new TextEncoder().encode(pasted), "The pasted text");
  }
  throw new ArticleInputError("Paste an article or choose a file first.");
}
