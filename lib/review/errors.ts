import { AppError } from "../errors";

/** Grading and undo failures the student can act on. */
export class ReviewError extends AppError {
  constructor(status: 400 | 404 | 409, message: string) {
    super(status, message);
  }
}

export const cardNotFound = () => new ReviewError(404, "That card is not in your deck.");
export const reviewConflict = () =>
  new ReviewError(409, "This card was graded elsewhere (another tab?). Its fresh state has been loaded.");
export const reviewNotFound = () => new ReviewError(404, "There is no such review to undo.");
export const undoNotLatest = () => new ReviewError(409, "Only the latest review of a card can be undone.");
