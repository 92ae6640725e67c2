import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { deleteExam, findExam, listExams, updateExam } from "@/lib/db/exams/exams";
import { loadExamReadiness } from "@/lib/db/exams/readiness";
import { examSchema } from "@/lib/exams/exam-schema";
import { validate } from "@/lib/http";
import { db, prisma } from "../helpers/fixtures";
import { examFor, examInput, NOW, studentWithTopics } from "../helpers/exams";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const refusalOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
};

describe("exams", () => {
  it("are created over whole decks or some topics, stored at the instant entered in the student's zone", async () => {
    const { user, deckId, topics } = await studentWithTopics(12, 3);
    const whole = await examFor(user.id, deckId, { timeZone: "Europe/Paris" });
    const partial = await examFor(user.id, deckId, {
      name: "Quiz",
      examAt: "2026-03-12T14:30",
      coverage: [{ deckId, topicIds: [topics[0].id, topics[2].id] }],
    });

    expect(whole.examAt.toISOString()).toBe("2026-03-17T08:00:00.000Z");
    expect(whole.coverage).toEqual([expect.objectContaining({ deckId, topicLabel: "mechanism", topics: null })]);
    expect(partial.coverage[0].topics?.map((topic) => topic.id).sort()).toEqual([topics[0].id, topics[2].id].sort());
    expect((await listExams(db, user.id, NOW)).map((exam) => exam.name)).toEqual(["Quiz", "Oncology midterm"]);
  });

  it("are edited and deleted only by their owner; anyone else's id is a 404 and changes nothing", async () => {
    const owner = await studentWithTopics(4, 1);
    const other = await studentWithTopics(4, 1);
    const exam = await examFor(owner.user.id, owner.deckId);

    for (const attempt of [
      () => findExam(db, other.user.id, exam.id),
      () => updateExam(db, other.user.id, exam.id, examInput(other.deckId, { name: "Mine now" }), NOW),
      () => deleteExam(db, other.user.id, exam.id),
      () => loadExamReadiness(db, other.user.id, exam.id, NOW),
      () => findExam(db, owner.user.id, "no\u0000such"),
    ])
      expect((await refusal(attempt())).status).toBe(404);
    expect((await prisma.exam.findUniqueOrThrow({ where: { id: exam.id } })).name).toBe("Oncology midterm");

    const edited = await updateExam(db, owner.user.id, exam.id, examInput(owner.deckId, { name: "Final" }), NOW);
    expect(edited.name).toBe("Final");
    await deleteExam(db, owner.user.id, exam.id);
    expect(await prisma.exam.count({ where: { id: exam.id } })).toBe(0);
    expect(await prisma.examCoverage.count({ where: { examId: exam.id } })).toBe(0);
  });

  it("refuse bad input with a clear message and write nothing", async () => {
    const { user, deckId } = await studentWithTopics(4, 1);
    const other = await studentWithTopics(4, 2);
    const emptyDeck = await prisma.deck.create({
      data: { title: "Empty", sourceKey: `empty-${user.id}`, ownerId: user.id },
    });
    const cases: [Parameters<typeof examFor>[2], number, RegExp, string][] = [
      [{ examAt: "2026-03-09T09:00" }, 400, /in the past/, "examAt"],
      [{ examAt: "2026-02-30T09:00" }, 400, /not a real date/, "examAt"],
      [{ coverage: [{ deckId: other.deckId, topicIds: [] }] }, 400, /not one of yours/, "coverage.0.deckId"],
      [{ coverage: [{ deckId, topicIds: [other.topics[0].id] }] }, 400, /not in this deck/, "coverage.0.topicIds.0"],
      [{ coverage: [{ deckId: emptyDeck.id, topicIds: [] }] }, 400, /no cards/, "coverage"],
    ];
    for (const [overrides, status, message, field] of cases) {
      const error = await refusal(examFor(user.id, deckId, overrides));
      expect([error.status, error.field]).toEqual([status, field]);
      expect(error.message).toMatch(message);
    }
    expect(await prisma.exam.count({ where: { userId: user.id } })).toBe(0);
  });

  it("check the request's shape: a budget of 0, no coverage, a target out of range", () => {
    const input = examInput("deck");
    const budget = refusalOf(() => validate(examSchema, { ...input, budget: { unit: "reviews", perDay: 0 } }));
    expect([budget.status, budget.field, budget.message]).toEqual([
      400,
      "budget.perDay",
      "A daily budget of 0 leaves no time to study: give at least 1.",
    ]);
    expect(refusalOf(() => validate(examSchema, { ...input, coverage: [] })).message).toMatch(/at least one deck/);
    expect(refusalOf(() => validate(examSchema, { ...input, targetRecall: 1.5 })).field).toBe("targetRecall");
    expect(refusalOf(() => validate(examSchema, { ...input, timeZone: "Mars/Olympus" })).field).toBe("timeZone");
    expect(validate(examSchema, { ...input, targetRecall: undefined }).targetRecall).toBe(0.9);
  });
});
