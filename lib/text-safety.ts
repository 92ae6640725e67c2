/**
 * Characters no request may carry in its text: NUL, which PostgreSQL cannot store in text
 * columns, and unpaired UTF-16 surrogates, which are not text at all and break URL encoding.
 * Both used to reach the database or encodeURIComponent and answer 500.
 */

import { AppError } from "./errors";

export function isSafeText(text: string): boolean {
  return !text.includes("\u0000") && text.isWellFormed();
}

/** The dotted path of the first string (or object key) in `value` that is not safe text, or null. */
export function findUnsafeText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === "string") return isSafeText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isSafeText(key)) return [...path, key];
      const found = findUnsafeText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export const UNSAFE_TEXT_MESSAGE =
  "This text contains a character that isn't allowed (a NUL or a broken surrogate pair).";

/** A 400 naming the first field (or key) of `value` that is not safe text. */
export function assertSafeText(value: unknown): void {
  const unsafe = findUnsafeText(value);
  if (unsafe) throw new AppError(400, UNSAFE_TEXT_MESSAGE, unsafe.length ? unsafe.join(".") : undefined);
}
