/** Starting a practice test: questions drawn from an exam's cards, written with the test in one go. */
import type { Db } from "../client";
import { AppError } from "../../errors";
import { DEFAULT_PRACTICE_QUESTIONS, PRACTICE_MS_PER_QUESTION } from "../../limits";
import { buildPracticeQuestions, type PracticeCard } from "../../practice/questions";
import { seededRandom } from "../../practice/random";
import { forgettingCurveFor, retrievabilityAt } from "../../progress/retrievability";
import { loadSettings } from "../settings";
import { findExam } from "../exams/exams";
import { loadPracticeCards } from "../exams/cards";

/** How many questions a test gets: the asked number, or 20 (fewer when the exam has fewer cards). */
export function questionCount(requested: number | undefined, available: number): number {
  if (available === 0) throw new AppError(400, "This exam has no cards to ask about yet.", "questions");
  if (requested === undefined) return Math.min(DEFAULT_PRACTICE_QUESTIONS, available);
  if (requested > available) {
    const most = available === 1 ? "1 question" : `${available} questions`;
    throw new AppError(
      400,
      `This exam covers ${available} cards, so a practice test can have ${most} at most.`,
      "questions",
    );
  }
  return requested;
}

/**
 * Starts a test for one of the student's exams (any test of that exam still in progress is abandoned,
 * keeping its answers). `seed` makes the draw repeatable in tests.
 */
export async function startPracticeTest(
  db: Db,
  userId: string,
  examId: string,
  requested: number | undefined,
  now: Date,
  seed: number = Math.floor(Math.random() * 2 ** 31),
): Promise<{ testId: string; questions: number }> {
  const exam = await findExam(db, userId, examId);
  const [rows, settings, topics] = await Promise.all([
    loadPracticeCards(db, userId, exam.id, now),
    loadSettings(db, userId),
    db.prisma.topic.findMany({
      where: { deckId: { in: exam.coverage.map((item) => item.deckId) } },
      select: { name: true },
      orderBy: [{ deckId: "asc" }, { position: "asc" }],
    }),
  ]);
  const count = questionCount(requested, rows.length);
  const curve = forgettingCurveFor(settings.fsrsWeights);
  const cards: PracticeCard[] = rows.map((row) => ({ ...row, recall: retrievabilityAt(curve, row, now) }));
  const labels = new Set(rows.map((row) => row.topicLabel));
  const drafts = buildPracticeQuestions(cards, {
    count,
    topicNames: topics.map((topic) => topic.name),
    topicLabel: labels.size === 1 ? [...labels][0] : "topic",
    random: seededRandom(seed),
  });
  const test = await db.prisma.$transaction(async (tx) => {
    await tx.practiceTest.updateMany({
      where: { userId, examId: exam.id, status: "in_progress" },
      data: { status: "abandoned", finishedAt: now },
    });
    return tx.practiceTest.create({
      data: {
        userId,
        examId: exam.id,
        timeLimitMs: drafts.length * PRACTICE_MS_PER_QUESTION,
        startedAt: now,
        questions: { create: drafts.map((draft, position) => ({ ...draft, position })) },
      },
      select: { id: true },
    });
  });
  return { testId: test.id, questions: drafts.length };
}
