/**
 * One practice answer, in one transaction: the answer is logged on its question (correct = Good,
 * wrong = Again) and, when the student's setting says so, the card is graded through the ordinary
 * review path, so its CardState version is bumped and a ReviewLog written. Either all of it is
 * written or none.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Db } from "../client";
import { inTransaction, queryRows, execute } from "../sql";
import { gradeAndLoadNext } from "../review/grade";
import { forgetState } from "../review/memory";
import { AppError } from "../../errors";
import { Rating } from "../../scheduling/fsrs";
import { describeMatch, matchTypedAnswer } from "../../practice/match";
import {
  addPracticeTime,
  lockCardState,
  lockPracticeTest,
  recordPracticeAnswer,
  selectPracticeQuestion,
  selectPracticeSetting,
  type PracticeQuestionRow,
} from "./statements";

export const practiceTestNotFound = () => new AppError(404, "That practice test is not one of yours.");

export interface PracticeAnswerInput {
  questionId: string;
  answer: string;
  durationMs: number;
}

export interface PracticeAnswerOutcome {
  questionId: string;
  /** The review this answer made, or null when practice answers leave the schedule alone. */
  clientReviewId: string | null;
}

function judge(question: PracticeQuestionRow, given: string) {
  if (question.format === "cloze") {
    const match = matchTypedAnswer(given, question.answer);
    return { correct: match.correct, match: describeMatch(match) };
  }
  if (!question.options.includes(given)) throw new AppError(400, "Choose one of the question's options.", "answer");
  return { correct: given === question.answer, match: null };
}

/** A handle whose queries run on the transaction's connection, for the review path to grade within it. */
const onConnection = (db: Db, client: pg.PoolClient): Db => ({ prisma: db.prisma, pool: client as unknown as pg.Pool });

export async function answerPracticeQuestion(
  db: Db,
  userId: string,
  testId: string,
  input: PracticeAnswerInput,
  now: Date,
): Promise<PracticeAnswerOutcome> {
  let gradedCard: string | null = null;
  try {
    return await inTransaction(db.pool, async (client) => {
      const [test] = await queryRows(client, lockPracticeTest, [testId, userId]);
      if (!test) throw practiceTestNotFound();
      if (test.status !== "in_progress") throw new AppError(409, "This practice test is over: its answers are final.");
      if (test.elapsedMs >= test.timeLimitMs) throw new AppError(409, "Time is up: submit the test to see your score.");
      const [question] = await queryRows(client, selectPracticeQuestion, [input.questionId, testId]);
      if (!question) throw new AppError(404, "That question is not in this test.", "questionId");
      if (question.answeredAt) throw new AppError(409, "That question is already answered.", "questionId");

      const { correct, match } = judge(question, input.answer);
      const rating = correct ? Rating.Good : Rating.Again;
      const [setting] = await queryRows(client, selectPracticeSetting, [userId]);
      let clientReviewId: string | null = null;
      if (setting?.practiceUpdatesSchedule ?? true) {
        const [state] = await queryRows(client, lockCardState, [userId, question.cardId]);
        if (state) {
          clientReviewId = randomUUID();
          gradedCard = question.cardId;
          const grade = { userId, cardId: question.cardId, rating, clientReviewId, expectedVersion: state.version };
          await gradeAndLoadNext(onConnection(db, client), { ...grade, durationMs: input.durationMs }, now);
        }
      }
      await execute(client, recordPracticeAnswer, [
        question.id,
        input.answer,
        correct,
        match,
        rating,
        clientReviewId,
        now,
      ]);
      await execute(client, addPracticeTime, [testId, input.durationMs]);
      return { questionId: question.id, clientReviewId };
    });
  } catch (error) {
    // The grade's state may be remembered at a version the rollback undid.
    if (gradedCard) forgetState(userId, gradedCard);
    throw error;
  }
}
