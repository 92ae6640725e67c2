import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { answerPracticeQuestion } from "@/lib/db/practice/answer";
import { savePracticeSetting } from "@/lib/db/practice/settings";
import { startPracticeTest } from "@/lib/db/practice/start";
import {
  abandonPracticeTest,
  loadPracticeResults,
  loadPracticeTest,
  practiceMistakeCardIds,
  submitPracticeTest,
} from "@/lib/db/practice/tests";
import { db, prisma } from "../helpers/fixtures";
import { examFor, NOW, studentWithTopics } from "../helpers/exams";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Answers question `index` right or wrong, as the student would. */
async function answer(userId: string, testId: string, index: number, right: boolean) {
  const question = await prisma.practiceQuestion.findFirstOrThrow({ where: { testId, position: index } });
  const wrong =
    question.format === "cloze" ? "something else entirely" : question.options.find((o) => o !== question.answer)!;
  const given = right ? question.answer : wrong;
  return answerPracticeQuestion(db, userId, testId, { questionId: question.id, answer: given, durationMs: 5000 }, NOW);
}

describe("practice tests", () => {
  it("draw 20 questions by default, refuse more questions than cards, and hide answers while running", async () => {
    const { user, deckId } = await studentWithTopics(30, 3);
    const exam = await examFor(user.id, deckId);
    const { testId, questions } = await startPracticeTest(db, user.id, exam.id, undefined, NOW, 1);
    expect(questions).toBe(20);
    const view = await loadPracticeTest(db, user.id, testId);
    expect(view.questions).toHaveLength(20);
    expect(JSON.stringify(view)).not.toContain('"answer"');
    expect(view.timeLimitMs).toBe(20 * 60_000);

    const tooMany = await refusal(startPracticeTest(db, user.id, exam.id, 31, NOW, 1));
    expect([tooMany.status, tooMany.field, tooMany.message]).toEqual([
      400,
      "questions",
      "This exam covers 30 cards, so a practice test can have 30 questions at most.",
    ]);
    expect(await prisma.practiceTest.count({ where: { userId: user.id } })).toBe(1);
  });

  it("log each answer as Good or Again and grade the card through the review path by default", async () => {
    const { user, deckId } = await studentWithTopics(6, 2);
    const exam = await examFor(user.id, deckId);
    const { testId } = await startPracticeTest(db, user.id, exam.id, 4, NOW, 2);
    const right = await answer(user.id, testId, 0, true);
    await answer(user.id, testId, 1, false);

    const questions = await prisma.practiceQuestion.findMany({ where: { testId }, orderBy: { position: "asc" } });
    expect(questions.map((q) => [q.correct, q.rating])).toEqual([
      [true, 3],
      [false, 1],
      [null, null],
      [null, null],
    ]);
    const logs = await prisma.reviewLog.findMany({ where: { userId: user.id }, orderBy: { rating: "desc" } });
    expect(logs.map((log) => [log.cardId, log.rating, log.clientReviewId])).toEqual([
      [questions[0].cardId, 3, right.clientReviewId],
      [questions[1].cardId, 1, questions[1].clientReviewId],
    ]);
    const state = await prisma.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: questions[0].cardId } },
    });
    expect(state.version).toBe(1);
    expect((await refusal(answer(user.id, testId, 0, false))).status).toBe(409);
  });

  it("leave the schedule alone when the student turned that off, but still log the answer", async () => {
    const { user, deckId } = await studentWithTopics(6, 2);
    await savePracticeSetting(db, user.id, false);
    const exam = await examFor(user.id, deckId);
    const { testId } = await startPracticeTest(db, user.id, exam.id, 3, NOW, 3);
    const outcome = await answer(user.id, testId, 0, true);

    expect(outcome.clientReviewId).toBeNull();
    expect(await prisma.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.cardState.count({ where: { userId: user.id, version: { gt: 0 } } })).toBe(0);
    expect(await prisma.practiceQuestion.count({ where: { testId, rating: 3, correct: true } })).toBe(1);
  });

  it("write nothing when an answer is refused, and belong only to their student", async () => {
    const { user, deckId } = await studentWithTopics(6, 2);
    const other = await studentWithTopics(6, 2);
    const exam = await examFor(user.id, deckId);
    const { testId } = await startPracticeTest(db, user.id, exam.id, 3, NOW, 4);
    const choice = await prisma.practiceQuestion.findFirst({ where: { testId, format: { not: "cloze" } } });
    if (choice) {
      const bad = await refusal(
        answerPracticeQuestion(
          db,
          user.id,
          testId,
          { questionId: choice.id, answer: "not an option", durationMs: 0 },
          NOW,
        ),
      );
      expect(bad.status).toBe(400);
    }
    for (const attempt of [
      () => loadPracticeTest(db, other.user.id, testId),
      () => answer(other.user.id, testId, 0, true),
      () => submitPracticeTest(db, other.user.id, testId, NOW),
      () => startPracticeTest(db, other.user.id, exam.id, 3, NOW),
    ])
      expect((await refusal(attempt())).status).toBe(404);
    expect(await prisma.reviewLog.count({ where: { userId: { in: [user.id, other.user.id] } } })).toBe(0);
    expect(await prisma.practiceQuestion.count({ where: { testId, answeredAt: { not: null } } })).toBe(0);
  });

  it("can be left halfway and resumed, or abandoned; results score overall and per topic with the mistakes", async () => {
    const { user, deckId } = await studentWithTopics(9, 3);
    const exam = await examFor(user.id, deckId);
    const first = await startPracticeTest(db, user.id, exam.id, 3, NOW, 5);
    await answer(user.id, first.testId, 0, true);
    await abandonPracticeTest(db, user.id, first.testId, NOW);
    expect((await refusal(answer(user.id, first.testId, 1, true))).status).toBe(409);

    const { testId } = await startPracticeTest(db, user.id, exam.id, 3, NOW, 6);
    await answer(user.id, testId, 0, true);
    const resumed = await loadPracticeTest(db, user.id, testId);
    expect(resumed.questions.map((q) => q.given !== null)).toEqual([true, false, false]);
    expect(resumed.elapsedMs).toBe(5000);
    await answer(user.id, testId, 1, false);
    await submitPracticeTest(db, user.id, testId, NOW);
    await submitPracticeTest(db, user.id, testId, NOW);

    const results = await loadPracticeResults(db, user.id, testId);
    expect(results.score).toEqual({ correct: 1, total: 3 });
    expect(results.topics.reduce((sum, topic) => sum + topic.total, 0)).toBe(3);
    expect(results.topicLabel).toBe("mechanism");
    const mistakes = results.questions.filter((q) => !q.correct);
    expect(mistakes).toHaveLength(2);
    expect(mistakes.every((q) => q.sourceSentence.length > 0 && q.answer.length > 0)).toBe(true);
    expect(await practiceMistakeCardIds(db, user.id, testId)).toEqual(mistakes.map((q) => q.cardId));
  });
});
