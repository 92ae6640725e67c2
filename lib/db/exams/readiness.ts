/**
 * An exam's readiness and plan, computed by the exam planner (lib/exam) from the student's cards and
 * settings loaded here.
 */
import type { Db } from "../client";
import { queryRows } from "../sql";
import { loadSettings } from "../settings";
import { examReadiness, type Readiness } from "../../exam/readiness";
import { planToExam, todaysExamQueue, type ExamPlan } from "../../exam/plan";
import type { ExamCard, ExamContext } from "../../exam/types";
import { studyDayContaining } from "../../scheduling/study-day";
import type { UserSchedulingSettings } from "../../scheduling/settings";
import { loadExamCards } from "./cards";
import { findExam, type ExamView } from "./exams";
import { countReviewsOfCards } from "./statements";

export interface ExamReadinessView {
  exam: ExamView;
  readiness: Readiness;
  /** The plan over the cards this exam plans (shared cards go to an earlier exam). */
  plan: ExamPlan;
  /** Covered cards an earlier exam plans. */
  sharedWithEarlier: number;
  topicNames: Record<string, string>;
}

/** The planner's context for an exam on `now`, with today's reviews of its cards already spent. */
export async function examContext(
  db: Db,
  userId: string,
  exam: ExamView,
  cards: readonly ExamCard[],
  settings: UserSchedulingSettings,
  now: Date,
): Promise<ExamContext> {
  const day = studyDayContaining(now, settings.timeZone, settings.dayRolloverHour);
  const [done] = await queryRows(db.pool, countReviewsOfCards, [
    userId,
    day.start,
    day.end,
    cards.map((card) => card.cardId),
  ]);
  return {
    now,
    examAt: exam.examAt,
    targetRecall: exam.targetRecall,
    budget: exam.budget,
    settings,
    timeZone: settings.timeZone,
    rolloverHour: settings.dayRolloverHour,
    reviewsDoneToday: done.reviews,
    newCardsIntroducedToday: done.introduced,
  };
}

export async function loadExamReadiness(db: Db, userId: string, examId: string, now: Date): Promise<ExamReadinessView> {
  const exam = await findExam(db, userId, examId);
  const [settings, covered, planned, topics] = await Promise.all([
    loadSettings(db, userId),
    loadExamCards(db, userId, exam.id, now),
    loadExamCards(db, userId, exam.id, now, { plannedHere: true }),
    db.prisma.topic.findMany({
      where: { deckId: { in: exam.coverage.map((item) => item.deckId) } },
      select: { id: true, name: true },
    }),
  ]);
  const readiness = examReadiness(covered, exam.examAt, settings.fsrsWeights, exam.targetRecall);
  const plan = planToExam(planned, await examContext(db, userId, exam, planned, settings, now));
  return {
    exam,
    readiness,
    plan,
    sharedWithEarlier: covered.length - planned.length,
    topicNames: Object.fromEntries(topics.map((topic) => [topic.id, topic.name])),
  };
}

/** Today's picks for one exam, best first, within what is left of its daily budget. */
export async function loadTodaysExamPicks(
  db: Db,
  userId: string,
  exam: ExamView,
  settings: UserSchedulingSettings,
  now: Date,
): Promise<{ picks: string[]; covered: string[] }> {
  const planned = await loadExamCards(db, userId, exam.id, now, { plannedHere: true });
  if (planned.length === 0) return { picks: [], covered: [] };
  const picks = todaysExamQueue(planned, await examContext(db, userId, exam, planned, settings, now));
  return { picks, covered: planned.map((card) => card.cardId) };
}
