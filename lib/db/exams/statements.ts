/** The exams' SQL: the cards an exam covers with the student's memory of them, and today's exam reviews. */
import { statement } from "../sql";
import { SCHEDULING_COLUMNS, type SchedulingRow } from "../review/statements";

/**
 * Live, unsuspended cards of exam $2 (owned by user $1) with their states. With $3 true, cards that an
 * earlier upcoming exam (examAt after $4, now) also covers are left to that exam: a card in two exams
 * is planned for the earlier one.
 */
const coveredCards = (columns: string) => `SELECT DISTINCT ON (c.id) ${columns}
   FROM "Exam" e
   JOIN "ExamCoverage" v ON v."examId" = e.id
   JOIN "Card" c ON c."deckId" = v."deckId" AND (v."topicId" IS NULL OR c."topicId" = v."topicId")
     AND c."retiredAt" IS NULL
   JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1 AND s.suspended = false
   WHERE e.id = $2 AND e."userId" = $1
     AND NOT ($3::boolean AND EXISTS (
       SELECT 1 FROM "Exam" earlier JOIN "ExamCoverage" w ON w."examId" = earlier.id
       WHERE earlier."userId" = $1 AND earlier."examAt" > $4 AND earlier.id <> e.id
         AND (earlier."examAt" < e."examAt" OR (earlier."examAt" = e."examAt" AND earlier.id < e.id))
         AND w."deckId" = c."deckId" AND (w."topicId" IS NULL OR w."topicId" = c."topicId")))
   ORDER BY c.id`;

export interface ExamCardRow extends SchedulingRow {
  cardId: string;
  topicId: string;
}

/** $1 user, $2 exam, $3 leave shared cards to earlier exams, $4 now. */
export const selectExamCards = statement<ExamCardRow>(
  "exams.cards",
  coveredCards(`c.id AS "cardId", c."topicId", ${SCHEDULING_COLUMNS}`),
);

export interface PracticeCardRow extends ExamCardRow {
  claimId: string;
  topicName: string;
  type: string;
  prompt: string;
  answer: string;
  options: string[];
  claimText: string;
  topicLabel: string;
}

/** What a practice test asks from: the same cards with their content. $1-$4 as selectExamCards. */
export const selectPracticeCards = statement<PracticeCardRow>(
  "exams.practice-cards",
  coveredCards(`c.id AS "cardId", c."topicId", ${SCHEDULING_COLUMNS}, c."claimId", t.name AS "topicName",
    c.type::text AS type, c.prompt, c.answer, c.options, k.text AS "claimText", d."topicLabel"`).replace(
    `JOIN "CardState" s`,
    `JOIN "Topic" t ON t.id = c."topicId" JOIN "Claim" k ON k.id = c."claimId" JOIN "Deck" d ON d.id = c."deckId"
   JOIN "CardState" s`,
  ),
);

/** Reviews of cards $4 by user $1 in [$2, $3): the part of today's exam budget already spent. */
export const countReviewsOfCards = statement<{ reviews: number; introduced: number }>(
  "exams.reviews-today",
  `SELECT count(*)::int AS reviews, count(*) FILTER (WHERE "stateBefore" = 0)::int AS introduced
   FROM "ReviewLog" WHERE "userId" = $1 AND "reviewedAt" >= $2 AND "reviewedAt" < $3 AND "cardId" = ANY($4::text[])`,
);

/** The student's upcoming exams, soonest first: $1 user, $2 now. */
export const selectUpcomingExams = statement<{ id: string; name: string; examAt: Date }>(
  "exams.upcoming",
  `SELECT id, name, "examAt" FROM "Exam" WHERE "userId" = $1 AND "examAt" > $2 ORDER BY "examAt", id`,
);
