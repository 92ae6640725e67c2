import { MAX_CARD_ID_LENGTH } from "../limits";
import { isSafeText } from "../text-safety";
import { cardNotFound } from "../review/errors";

/** A card id from a URL path: anything too long or not text names no card (404), never a 500. */
export function cardIdFromPath(value: string): string {
  if (!value || value.length > MAX_CARD_ID_LENGTH || !isSafeText(value)) throw cardNotFound();
  return value;
}
