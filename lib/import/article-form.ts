import { AppError } from "../errors";
import { ArticleInputError, articleTextFromBytes, MAX_ARTICLE_BYTES } from "../generator/input";

const ACCEPTED_FILE_NAME = /\.(txt|md|markdown|pdf)$/i;
/** Multipart framing and form fields around an upload at the limit. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The article sent to be previewed: an uploaded file, or else pasted text. */
export async function articleTextFromRequest(request: Request): Promise<string> {
  // Refuse an oversized upload from its declared length, before reading it.
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ARTICLE_BYTES + FORM_OVERHEAD_BYTES) {
    throw new ArticleInputError("That file is larger than 10 MB.", 413);
  }
  const form = await request.formData().catch(() => {
    throw new AppError(400, "Send the article as a form with a file or text.");
  });
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (!ACCEPTED_FILE_NAME.test(file.name)) {
      throw new ArticleInputError(`${file.name}: upload a .txt, .md or .pdf file.`);
    }
    if (file.size > MAX_ARTICLE_BYTES) throw new ArticleInputError(`${file.name} is larger than 10 MB.`, 413);
    return articleTextFromBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  }
  const pasted = form.get("text");
  if (typeof pasted === "string" && pasted.trim()) {
    return articleTextFromBytes(new TextEncoder().encode(pasted), "The pasted text");
  }
  throw new ArticleInputError("Paste an article or choose a file first.");
}
