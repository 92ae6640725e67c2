/** Turns an uploaded or named file into article text, or explains why it can't. */
import { AppError } from "../errors";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "../limits";
import { extractPdfText } from "./pdf";

/** A file or text that cannot become an article; 413 when it is over the upload limit. */
export class ArticleInputError extends AppError {
  constructor(message: string, status: 400 | 413 = 400) {
    super(status, message);
  }
}

const isPdf = (bytes: Uint8Array) =>
  bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString("latin1") === "%PDF-";

function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new ArticleInputError(`${name} is not a text or PDF file.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(`${name} is not a text or PDF file (it is not valid UTF-8 text).`);
  }
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > text.length * 0.01) throw new ArticleInputError(`${name} is not a text or PDF file.`);
  return text.replace(/^\uFEFF/, "");
}

/** Plain text, Markdown or a PDF with a text layer, as one string. */
export async function articleTextFromBytes(bytes: Uint8Array, name: string): Promise<string> {
  if (bytes.length === 0) throw new ArticleInputError(`${name} is empty.`);
  if (bytes.length > MAX_UPLOAD_BYTES) {
    const size = `${(bytes.length / 1048576).toFixed(1)} MB`;
    throw new ArticleInputError(`${name} is ${size}; the limit is ${MAX_UPLOAD_LABEL}.`, 413);
  }
  let text: string;
  if (isPdf(bytes)) {
    try {
      text = await extractPdfText(bytes);
    } catch {
      throw new ArticleInputError(`${name} could not be read as a PDF.`);
    }
    if (!text.trim()) throw new ArticleInputError(`${name} has no text layer (is it a scan?).`);
    // A text layer may carry NULs or broken surrogates, which the database cannot store as text.
    text = text.replace(/\u0000/g, "").toWellFormed();
  } else {
    text = decodeText(bytes, name);
  }
  if (!text.trim()) throw new ArticleInputError(`${name} is empty.`);
  return text;
}
