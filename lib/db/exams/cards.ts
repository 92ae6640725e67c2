import type { Db } from "../client";
import { queryRows } from "../sql";
import { schedulingStateOf } from "../review/statements";
import type { ExamCard } from "../../exam/types";
import { selectExamCards, selectPracticeCards, type ExamCardRow } from "./statements";

const examCardOf = (row: ExamCardRow): ExamCard => ({
  cardId: row.cardId,
  topicId: row.topicId,
  ...schedulingStateOf(row),
});

/**
 * The cards an exam covers, with the student's memory of each. `plannedHere` leaves out the cards an
 * earlier upcoming exam also covers, which that exam plans.
 */
export async function loadExamCards(
  db: Db,
  userId: string,
  examId: string,
  now: Date,
  options: { plannedHere?: boolean } = {},
): Promise<ExamCard[]> {
  const rows = await queryRows(db.pool, selectExamCards, [userId, examId, options.plannedHere ?? false, now]);
  return rows.map(examCardOf);
}

/** The covered cards with what a practice question is made of. */
export function loadPracticeCards(db: Db, userId: string, examId: string, now: Date) {
  return queryRows(db.pool, selectPracticeCards, [userId, examId, false, now]);
}
