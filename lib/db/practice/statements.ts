import { statement } from "../sql";

export interface PracticeTestRow {
  id: string;
  status: string;
  timeLimitMs: number;
  elapsedMs: number;
}

/** Locks the student's test for an answer: $1 test, $2 user. */
export const lockPracticeTest = statement<PracticeTestRow>(
  "practice.lock-test",
  `SELECT id, status, "timeLimitMs", "elapsedMs" FROM "PracticeTest" WHERE id = $1 AND "userId" = $2 FOR UPDATE`,
);

export interface PracticeQuestionRow {
  id: string;
  cardId: string;
  format: string;
  options: string[];
  answer: string;
  answeredAt: Date | null;
}

/** $1 question, $2 test. */
export const selectPracticeQuestion = statement<PracticeQuestionRow>(
  "practice.question",
  `SELECT id, "cardId", format, options, answer, "answeredAt" FROM "PracticeQuestion" WHERE id = $1 AND "testId" = $2`,
);

/** $1 question, $2 given, $3 correct, $4 match, $5 rating, $6 client review id, $7 answered at. */
export const recordPracticeAnswer = statement(
  "practice.record-answer",
  `UPDATE "PracticeQuestion" SET given = $2, correct = $3, match = $4, rating = $5, "clientReviewId" = $6,
     "answeredAt" = $7 WHERE id = $1`,
);

/** $1 test, $2 milliseconds spent. */
export const addPracticeTime = statement(
  "practice.add-time",
  `UPDATE "PracticeTest" SET "elapsedMs" = LEAST("timeLimitMs", "elapsedMs" + $2) WHERE id = $1`,
);

/** $1 user, $2 card: the version a practice grade starts from, locked. */
export const lockCardState = statement<{ version: number }>(
  "practice.lock-card-state",
  `SELECT version FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2 FOR UPDATE`,
);

/** $1 user. */
export const selectPracticeSetting = statement<{ practiceUpdatesSchedule: boolean }>(
  "practice.setting",
  `SELECT "practiceUpdatesSchedule" FROM "UserSettings" WHERE "userId" = $1`,
);
