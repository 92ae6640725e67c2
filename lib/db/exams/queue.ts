/**
 * The exam-aware review queue. While an exam is upcoming its cards follow the exam plan: today's
 * picks (the earliest exam first) come before the rest of the queue, and the exam's other cards wait,
 * so the day's budget is what the plan spends. Grades go through the ordinary review path, so the log
 * holds ordinary reviews and plain FSRS resumes after the exam. A student with no upcoming exam gets
 * loadReviewQueue untouched.
 */
import type { Db } from "../client";
import { queryRows, statement } from "../sql";
import { loadSettings } from "../settings";
import { rememberState } from "../review/memory";
import { loadReviewQueue, queueRowView, type QueueOptions } from "../review/queue";
import { CARD_CONTENT_JOINS, QUEUE_ROW_COLUMNS, schedulingStateOf, type QueueRow } from "../review/statements";
import type { ReviewQueue } from "../../review/types";
import { findExam, type ExamView } from "./exams";
import { loadTodaysExamPicks } from "./readiness";
import { selectUpcomingExams } from "./statements";

/** Queue rows of the given cards: $1 user, $2 card ids. */
const selectCardsById = statement<QueueRow>(
  "exams.queue-cards",
  `SELECT ${QUEUE_ROW_COLUMNS} FROM "CardState" s ${CARD_CONTENT_JOINS}
   WHERE s."userId" = $1 AND s."cardId" = ANY($2::text[]) AND s.suspended = false AND c."retiredAt" IS NULL`,
);

export interface StudyQueue extends ReviewQueue {
  /** The exams whose picks lead the queue, soonest first. */
  exams: { id: string; name: string; picks: number }[];
}

/**
 * The study queue: chosen cards (`cardIds`, a practice test's mistakes), one exam's picks (`examId`),
 * or the default queue, made exam-aware when exams are upcoming.
 */
export async function loadStudyQueue(
  db: Db,
  userId: string,
  now: Date,
  options: QueueOptions & { examId?: string | null; cardIds?: string[] | null } = {},
): Promise<StudyQueue> {
  if (options.cardIds) {
    const base = await loadReviewQueue(db, userId, now, { limit: 0 });
    const cards = await cardViews(db, userId, options.cardIds, now);
    const fresh = cards.filter((card) => card.isNew).length;
    return { ...base, cards, dueCount: cards.length - fresh, newCount: fresh, exams: [] };
  }
  if (options.examId) return examOnlyQueue(db, userId, await findExam(db, userId, options.examId), now);
  const scoped = options.deckId || options.topicId || options.claimId;
  const upcoming = scoped ? [] : await queryRows(db.pool, selectUpcomingExams, [userId, now]);
  if (upcoming.length === 0) return { ...(await loadReviewQueue(db, userId, now, options)), exams: [] };

  const settings = await loadSettings(db, userId);
  const picks: string[] = [];
  const covered: string[] = [];
  const exams: StudyQueue["exams"] = [];
  for (const { id } of upcoming) {
    const exam = await findExam(db, userId, id);
    const today = await loadTodaysExamPicks(db, userId, exam, settings, now);
    picks.push(...today.picks);
    covered.push(...today.covered);
    exams.push({ id: exam.id, name: exam.name, picks: today.picks.length });
  }
  const exclude = [...(options.excludeCardIds ?? []), ...covered];
  const [rest, examCards] = await Promise.all([
    loadReviewQueue(db, userId, now, { ...options, excludeCardIds: exclude }),
    cardViews(db, userId, picks, now),
  ]);
  // The day's counts cover every deck, held-back exam cards included; count what is served instead
  // (due cards beyond the queue's row limit are then left out of the figure).
  const cards = [...examCards, ...rest.cards];
  const fresh = cards.filter((card) => card.isNew).length;
  return { ...rest, cards, dueCount: cards.length - fresh, newCount: fresh, exams };
}

async function examOnlyQueue(db: Db, userId: string, exam: ExamView, now: Date): Promise<StudyQueue> {
  const settings = await loadSettings(db, userId);
  const today = await loadTodaysExamPicks(db, userId, exam, settings, now);
  const cards = await cardViews(db, userId, today.picks, now);
  const base = await loadReviewQueue(db, userId, now, { limit: 0 });
  return {
    ...base,
    cards,
    dueCount: cards.filter((card) => !card.isNew).length,
    newCount: cards.filter((card) => card.isNew).length,
    exams: [{ id: exam.id, name: exam.name, picks: cards.length }],
  };
}

/** The picked cards' views in pick order, remembered so grading them needs no read. */
async function cardViews(db: Db, userId: string, cardIds: string[], now: Date) {
  if (cardIds.length === 0) return [];
  const [rows, settings] = await Promise.all([
    queryRows(db.pool, selectCardsById, [userId, cardIds]),
    loadSettings(db, userId),
  ]);
  const byId = new Map(rows.map((row) => [row.cardId, row]));
  const ordered = cardIds.map((id) => byId.get(id)).filter((row): row is QueueRow => row !== undefined);
  for (const row of ordered)
    rememberState(userId, row.cardId, { stateId: row.stateId, version: row.version, state: schedulingStateOf(row) });
  return ordered.map((row) => queueRowView(row, settings, now));
}
