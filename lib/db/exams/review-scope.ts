import type { Db } from "../client";
import { isSafeText } from "../../text-safety";
import { practiceMistakeCardIds } from "../practice/tests";

/** ?exam= (or another key) as a usable id, or null. */
export function examParam(params: Record<string, unknown>, key: "exam" | "practice" = "exam"): string | null {
  const value = params[key];
  return typeof value === "string" && value && isSafeText(value) ? value : null;
}

/** The exam a review session studies for, or `refused` when the id is not one of the student's exams. */
export async function examQueueScope(db: Db, userId: string, examId: string | null) {
  if (!examId || !isSafeText(examId)) return { examId: null, refused: false };
  const exam = await db.prisma.exam.findFirst({ where: { id: examId, userId }, select: { id: true } });
  return exam ? { examId: exam.id, refused: false } : { examId: null, refused: true };
}

/** ?practice=: the cards a practice test's student got wrong, or `refused` when the test is not theirs. */
export async function practiceQueueScope(db: Db, userId: string, testId: string | null) {
  if (!testId) return { cardIds: null, refused: false };
  const cardIds = await practiceMistakeCardIds(db, userId, testId);
  return cardIds ? { cardIds, refused: false } : { cardIds: null, refused: true };
}
