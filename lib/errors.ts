/**
 * A failure the user can act on: route handlers answer it with `status` and
 * `{ error: message, field? }`. Anything that is not an AppError is a bug and
 * answers 500 without details.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request field at fault, as a dotted path, so a form can mark it. */
    readonly field?: string,
    /** For a 503: when trying again may succeed, sent as Retry-After. */
    readonly options: { retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
