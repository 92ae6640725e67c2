import { AppError } from "../errors";
import { ArticleInputError } from "../generator/input";
import type { GeneratorTask } from "../generator/worker/task";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, UPLOAD_FORM_OVERHEAD_BYTES } from "../limits";
import { readFormData } from "../request-body";
import { assertSameSite } from "../same-origin";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../text-safety";

const ACCEPTED_FILE_NAME = /\.(txt|md|markdown|pdf)$/i;

const uploadTooLarge = () => new ArticleInputError(`That file is larger than ${MAX_UPLOAD_LABEL}.`, 413);

/**
 * The article sent to be previewed, an uploaded file or else pasted text, as a task for the
 * generator. The form is read within the upload limit before it is parsed, whether or not the
 * client declared its length; decoding the file (PDF included) happens in the worker.
 */
export async function articleTaskFromRequest(request: Request): Promise<GeneratorTask> {
  // A form upload needs no CORS preflight, so another site's page could send one: check where it comes from.
  assertSameSite(request);
  const form = await readFormData(request, MAX_UPLOAD_BYTES + UPLOAD_FORM_OVERHEAD_BYTES, uploadTooLarge).catch(
    (error: unknown) => {
      if (error instanceof AppError && error.status === 413) throw error;
      throw new AppError(400, "Send the article as a form with a file or text.");
    },
  );
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (!ACCEPTED_FILE_NAME.test(file.name)) {
      throw new ArticleInputError(`${file.name}: upload a .txt, .md or .pdf file.`);
    }
    if (file.size > MAX_UPLOAD_BYTES) {
      throw new ArticleInputError(`${file.name} is larger than ${MAX_UPLOAD_LABEL}.`, 413);
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
  }
  const pasted = form.get("text");
  if (typeof pasted === "string" && pasted.trim()) {
    if (!isSafeText(pasted)) throw new AppError(400, UNSAFE_TEXT_MESSAGE, "text");
    if (Buffer.byteLength(pasted, "utf8") > MAX_UPLOAD_BYTES) {
      throw new ArticleInputError(`The pasted text is larger than ${MAX_UPLOAD_LABEL}.`, 413);
    }
    return { text: pasted.replace(/^\uFEFF/, "") };
  }
  throw new ArticleInputError("Paste an article or choose a file first.");
}
