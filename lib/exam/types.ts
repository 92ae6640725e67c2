import type { SchedulerSettings, SchedulingState } from "../scheduling/fsrs";

/** One card an exam covers, with the signed-in user's memory of it. */
export interface ExamCard extends SchedulingState {
  cardId: string;
  topicId: string;
}

/** What the student is willing to spend per study day. */
export interface StudyBudget {
  unit: "reviews" | "minutes";
  perDay: number;
}

/** Everything the planner needs besides the cards. */
export interface ExamContext {
  now: Date;
  examAt: Date;
  /** Recall the student aims for at exam time, e.g. 0.9. */
  targetRecall: number;
  budget: StudyBudget;
  settings: SchedulerSettings;
  timeZone: string;
  rolloverHour: number;
  /** Exam-covered reviews already done today: that part of today's budget is spent. */
  reviewsDoneToday: number;
  /** Covered cards first studied today, so today's share of new cards is not handed out twice. */
  newCardsIntroducedToday?: number;
}
