/**
 * Exams: create, edit, delete and read, always within the signed-in student's own exams. Input is
 * checked against the database (decks the student may study, topics of those decks, cards to
 * cover) before anything is written; each write is one transaction.
 */
import type { Db } from "../client";
import { AppError } from "../../errors";
import { MAX_EXAM_DAYS_AHEAD } from "../../limits";
import { isSafeText } from "../../text-safety";
import { localInputToInstant } from "../../exams/local-time";
import type { ExamInput } from "../../exams/exam-schema";
import type { Prisma } from "../generated/client";

export type BudgetUnit = "reviews" | "minutes";

export interface ExamCoverageView {
  deckId: string;
  deckTitle: string;
  topicLabel: string;
  /** null: the whole deck. */
  topics: { id: string; name: string }[] | null;
}

export interface ExamView {
  id: string;
  name: string;
  examAt: Date;
  timeZone: string;
  targetRecall: number;
  budget: { unit: BudgetUnit; perDay: number };
  coverage: ExamCoverageView[];
}

const DAY_MS = 86_400_000;

export const examNotFound = () => new AppError(404, "That exam is not one of yours (or it was deleted).");

const examInclude = {
  coverage: {
    select: {
      deckId: true,
      deck: { select: { title: true, topicLabel: true } },
      topic: { select: { id: true, name: true, position: true } },
    },
  },
} as const;

type ExamRow = Prisma.ExamGetPayload<{ include: typeof examInclude }>;

function examView(row: ExamRow): ExamView {
  const decks = new Map<string, ExamCoverageView>();
  for (const item of row.coverage) {
    let deck = decks.get(item.deckId);
    if (!deck) {
      deck = { deckId: item.deckId, deckTitle: item.deck.title, topicLabel: item.deck.topicLabel, topics: [] };
      decks.set(item.deckId, deck);
    }
    if (!item.topic) deck.topics = null;
    else if (deck.topics) deck.topics.push({ id: item.topic.id, name: item.topic.name });
  }
  return {
    id: row.id,
    name: row.name,
    examAt: row.examAt,
    timeZone: row.timeZone,
    targetRecall: row.targetRecall,
    budget: { unit: row.budgetUnit as BudgetUnit, perDay: row.budgetPerDay },
    coverage: [...decks.values()],
  };
}

/** The coverage rows an input asks for, after checking each deck and topic is the student's to study. */
async function coverageRows(db: Db, userId: string, input: ExamInput) {
  const rows: { deckId: string; topicId: string | null }[] = [];
  const seenDecks = new Set<string>();
  for (const [index, item] of input.coverage.entries()) {
    if (seenDecks.has(item.deckId)) continue;
    seenDecks.add(item.deckId);
    const deck = await db.prisma.deck.findFirst({
      where: { id: item.deckId, OR: [{ ownerId: null }, { ownerId: userId }] },
      select: { id: true, topics: { select: { id: true } } },
    });
    if (!deck) throw new AppError(400, "That deck is not one of yours.", `coverage.${index}.deckId`);
    const topicIds = [...new Set(item.topicIds)];
    const deckTopics = new Set(deck.topics.map((topic) => topic.id));
    const foreign = topicIds.findIndex((topicId) => !deckTopics.has(topicId));
    if (foreign >= 0)
      throw new AppError(400, "That topic is not in this deck.", `coverage.${index}.topicIds.${foreign}`);
    if (topicIds.length === 0) rows.push({ deckId: deck.id, topicId: null });
    else for (const topicId of topicIds) rows.push({ deckId: deck.id, topicId });
  }
  const cards = await db.prisma.card.count({
    where: {
      retiredAt: null,
      OR: rows.map((row) => (row.topicId ? { topicId: row.topicId } : { deckId: row.deckId })),
    },
  });
  if (cards === 0) throw new AppError(400, "These decks and topics have no cards to study: choose others.", "coverage");
  return rows;
}

/** The exam's instant, refused when it is not a real date, already past, or too far ahead. */
function examInstant(input: ExamInput, now: Date): Date {
  const examAt = localInputToInstant(input.examAt, input.timeZone);
  if (!examAt) throw new AppError(400, "That is not a real date and time.", "examAt");
  if (examAt.getTime() <= now.getTime())
    throw new AppError(400, "The exam date is in the past: choose a date and time still to come.", "examAt");
  if (examAt.getTime() > now.getTime() + MAX_EXAM_DAYS_AHEAD * DAY_MS)
    throw new AppError(400, `Plan exams at most ${MAX_EXAM_DAYS_AHEAD} days ahead.`, "examAt");
  return examAt;
}

function examFields(input: ExamInput, examAt: Date) {
  return {
    name: input.name,
    examAt,
    timeZone: input.timeZone,
    targetRecall: input.targetRecall,
    budgetUnit: input.budget.unit,
    budgetPerDay: input.budget.perDay,
  };
}

export async function createExam(db: Db, userId: string, input: ExamInput, now: Date): Promise<ExamView> {
  const examAt = examInstant(input, now);
  const coverage = await coverageRows(db, userId, input);
  const row = await db.prisma.exam.create({
    data: { userId, ...examFields(input, examAt), coverage: { create: coverage } },
    include: examInclude,
  });
  return examView(row);
}

export async function updateExam(db: Db, userId: string, examId: string, input: ExamInput, now: Date) {
  await findExam(db, userId, examId);
  const examAt = examInstant(input, now);
  const coverage = await coverageRows(db, userId, input);
  const row = await db.prisma.$transaction(async (tx) => {
    const updated = await tx.exam.updateMany({ where: { id: examId, userId }, data: examFields(input, examAt) });
    if (updated.count === 0) throw examNotFound();
    await tx.examCoverage.deleteMany({ where: { examId } });
    await tx.examCoverage.createMany({ data: coverage.map((item) => ({ ...item, examId })) });
    return tx.exam.findUniqueOrThrow({ where: { id: examId }, include: examInclude });
  });
  return examView(row);
}

export async function deleteExam(db: Db, userId: string, examId: string): Promise<void> {
  if (!isSafeText(examId)) throw examNotFound();
  const deleted = await db.prisma.exam.deleteMany({ where: { id: examId, userId } });
  if (deleted.count === 0) throw examNotFound();
}

/** One of the student's exams; 404 for anyone else's or an id that names nothing. */
export async function findExam(db: Db, userId: string, examId: string): Promise<ExamView> {
  if (!isSafeText(examId)) throw examNotFound();
  const row = await db.prisma.exam.findFirst({ where: { id: examId, userId }, include: examInclude });
  if (!row) throw examNotFound();
  return examView(row);
}

/** The student's exams, soonest first; past ones only when asked. */
export async function listExams(db: Db, userId: string, now: Date, options: { past?: boolean } = {}) {
  const rows = await db.prisma.exam.findMany({
    where: { userId, ...(options.past ? {} : { examAt: { gt: now } }) },
    include: examInclude,
    orderBy: [{ examAt: "asc" }, { id: "asc" }],
  });
  return rows.map(examView);
}
