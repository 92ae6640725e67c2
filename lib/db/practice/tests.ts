/** Reading, submitting and abandoning practice tests, and their results; always the student's own. */
import type { Db } from "../client";
import { AppError } from "../../errors";
import { isSafeText } from "../../text-safety";
import { practiceTestNotFound } from "./answer";

export type PracticeStatus = "in_progress" | "submitted" | "abandoned";

export interface PracticeQuestionView {
  id: string;
  position: number;
  format: "multiple_choice" | "cloze" | "topic";
  prompt: string;
  options: string[];
  /** The answer given, once answered; right answers are not sent while the test runs. */
  given: string | null;
}

export interface PracticeTestView {
  id: string;
  exam: { id: string; name: string };
  status: PracticeStatus;
  timeLimitMs: number;
  elapsedMs: number;
  questions: PracticeQuestionView[];
}

async function ownTest(db: Db, userId: string, testId: string) {
  if (!isSafeText(testId)) throw practiceTestNotFound();
  const test = await db.prisma.practiceTest.findFirst({
    where: { id: testId, userId },
    include: { exam: { select: { id: true, name: true } }, questions: { orderBy: { position: "asc" } } },
  });
  if (!test) throw practiceTestNotFound();
  return test;
}

export async function loadPracticeTest(db: Db, userId: string, testId: string): Promise<PracticeTestView> {
  const test = await ownTest(db, userId, testId);
  return {
    id: test.id,
    exam: test.exam,
    status: test.status as PracticeStatus,
    timeLimitMs: test.timeLimitMs,
    elapsedMs: test.elapsedMs,
    questions: test.questions.map((question) => ({
      id: question.id,
      position: question.position,
      format: question.format as PracticeQuestionView["format"],
      prompt: question.prompt,
      options: question.options,
      given: question.given,
    })),
  };
}

/** The test still in progress for an exam, to resume or abandon. */
export function findOpenPracticeTest(db: Db, userId: string, examId: string) {
  return db.prisma.practiceTest.findFirst({
    where: { userId, examId, status: "in_progress" },
    select: { id: true, startedAt: true, _count: { select: { questions: true } } },
    orderBy: { startedAt: "desc" },
  });
}

async function finish(db: Db, userId: string, testId: string, status: "submitted" | "abandoned", now: Date) {
  const test = await ownTest(db, userId, testId);
  if (test.status === status) return;
  if (test.status !== "in_progress") throw new AppError(409, `This practice test was already ${test.status}.`);
  await db.prisma.practiceTest.updateMany({
    where: { id: test.id, userId, status: "in_progress" },
    data: { status, finishedAt: now },
  });
}

/** Ends the test and scores it; unanswered questions count as wrong. Submitting twice is harmless. */
export const submitPracticeTest = (db: Db, userId: string, testId: string, now: Date) =>
  finish(db, userId, testId, "submitted", now);

/** Drops the test; answers already given stay logged (and any reviews they made stay). */
export const abandonPracticeTest = (db: Db, userId: string, testId: string, now: Date) =>
  finish(db, userId, testId, "abandoned", now);

export interface PracticeResultQuestion {
  position: number;
  format: PracticeQuestionView["format"];
  prompt: string;
  given: string | null;
  answer: string;
  correct: boolean;
  match: string | null;
  topicName: string;
  cardId: string;
  sourceSentence: string;
}

export interface PracticeResults {
  id: string;
  exam: { id: string; name: string };
  topicLabel: string;
  score: { correct: number; total: number };
  topics: { name: string; correct: number; total: number }[];
  questions: PracticeResultQuestion[];
}

export async function loadPracticeResults(db: Db, userId: string, testId: string): Promise<PracticeResults> {
  if (!isSafeText(testId)) throw practiceTestNotFound();
  const test = await db.prisma.practiceTest.findFirst({
    where: { id: testId, userId },
    include: {
      exam: { select: { id: true, name: true } },
      questions: {
        orderBy: { position: "asc" },
        include: {
          card: {
            select: { sourceSentence: true, topic: { select: { name: true } }, deck: { select: { topicLabel: true } } },
          },
        },
      },
    },
  });
  if (!test) throw practiceTestNotFound();
  if (test.status !== "submitted") throw new AppError(409, "Submit the test to see its results.");
  const questions = test.questions.map((question) => ({
    position: question.position,
    format: question.format as PracticeQuestionView["format"],
    prompt: question.prompt,
    given: question.given,
    answer: question.answer,
    correct: question.correct === true,
    match: question.match,
    topicName: question.card.topic.name,
    cardId: question.cardId,
    sourceSentence: question.card.sourceSentence,
  }));
  const topics = new Map<string, { name: string; correct: number; total: number }>();
  for (const question of questions) {
    const topic = topics.get(question.topicName) ?? { name: question.topicName, correct: 0, total: 0 };
    topic.total++;
    if (question.correct) topic.correct++;
    topics.set(question.topicName, topic);
  }
  const labels = new Set(test.questions.map((question) => question.card.deck.topicLabel));
  return {
    id: test.id,
    exam: test.exam,
    topicLabel: labels.size === 1 ? [...labels][0] : "topic",
    score: { correct: questions.filter((question) => question.correct).length, total: questions.length },
    topics: [...topics.values()].sort(
      (a, b) => a.correct / a.total - b.correct / b.total || a.name.localeCompare(b.name),
    ),
    questions,
  };
}

/** Cards answered wrong (or left unanswered) in a submitted test: "review these now". */
export async function practiceMistakeCardIds(db: Db, userId: string, testId: string): Promise<string[] | null> {
  if (!isSafeText(testId)) return null;
  const test = await db.prisma.practiceTest.findFirst({
    where: { id: testId, userId },
    select: {
      questions: {
        where: { OR: [{ correct: false }, { correct: null }] },
        orderBy: { position: "asc" },
        select: { cardId: true },
      },
    },
  });
  return test ? [...new Set(test.questions.map((question) => question.cardId))] : null;
}
