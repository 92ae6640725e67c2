import type { Db } from "../client";
import { loadSettings } from "../settings";
import { examReadiness } from "../../exam/readiness";
import { loadExamCards } from "./cards";
import { listExams, type ExamView } from "./exams";
import { loadExamReadiness, type ExamReadinessView } from "./readiness";

export interface ExamListItem {
  exam: ExamView;
  predictedScore: number;
  belowTarget: number;
  cardCount: number;
}

/** Every exam with its predicted score (upcoming first, then past), without plans. */
export async function listExamsWithReadiness(db: Db, userId: string, now: Date): Promise<ExamListItem[]> {
  const [exams, settings] = await Promise.all([listExams(db, userId, now, { past: true }), loadSettings(db, userId)]);
  const upcoming = exams.filter((exam) => exam.examAt > now);
  const past = exams.filter((exam) => exam.examAt <= now).reverse();
  return Promise.all(
    [...upcoming, ...past].map(async (exam) => {
      const cards = await loadExamCards(db, userId, exam.id, now);
      const readiness = examReadiness(cards, exam.examAt, settings.fsrsWeights, exam.targetRecall);
      return { exam, ...readiness };
    }),
  );
}

/** The soonest upcoming exam's full readiness and plan, for the dashboard; null without one. */
export async function loadNextExam(db: Db, userId: string, now: Date): Promise<ExamReadinessView | null> {
  const [next] = await listExams(db, userId, now);
  return next ? loadExamReadiness(db, userId, next.id, now) : null;
}
