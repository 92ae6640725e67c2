import { NextResponse, type NextRequest } from "next/server";
import { generateDeck } from "@/lib/generator/generate";
import { ArticleInputError, articleTextFromBytes, MAX_ARTICLE_BYTES } from "@/lib/generator/input";
import { errorResponse, handleRoute, HttpError, requireApiUser } from "@/lib/http";

const ACCEPTED = /\.(txt|md|markdown|pdf)$/i;

/** Generates a deck from pasted text or an uploaded file, without saving anything. */
export function POST(request: NextRequest) {
  return handleRoute(async () => {
    await requireApiUser(request);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_ARTICLE_BYTES + 64 * 1024) {
      return errorResponse(413, "That file is larger than 10 MB.");
    }
    const form = await request.formData().catch(() => {
      throw new HttpError(400, "Send the article as a form with a file or text.");
    });
    const file = form.get("file");
    const pasted = form.get("text");
    let text: string;
    try {
      if (file instanceof File && file.size > 0) {
        if (!ACCEPTED.test(file.name)) throw new ArticleInputError(`${file.name}: upload a .txt, .md or .pdf file.`);
        if (file.size > MAX_ARTICLE_BYTES) return errorResponse(413, `${file.name} is larger than 10 MB.`);
        text = await articleTextFromBytes(new Uint8Array(await file.arrayBuffer()), file.name);
      } else if (typeof pasted === "string" && pasted.trim()) {
        text = await articleTextFromBytes(new TextEncoder().encode(pasted), "The pasted text");
      } else {
        throw new ArticleInputError("Paste an article or choose a file first.");
      }
    } catch (error) {
      if (error instanceof ArticleInputError) return errorResponse(/10 MB/.test(error.message) ? 413 : 400, error.message);
      throw error;
    }
    const deck = generateDeck(text);
    if (deck.cards.length === 0) return errorResponse(422, "No claims could be found in this text, so there are no cards to make.");
    return NextResponse.json({ text, deck });
  });
}
