import { z } from "zod";
import {
  DEFAULT_TARGET_RECALL,
  MAX_DAILY_BUDGET_MINUTES,
  MAX_DAILY_BUDGET_REVIEWS,
  MAX_EXAM_COVERAGE_ITEMS,
  MAX_EXAM_NAME_LENGTH,
  MAX_TARGET_RECALL,
  MAX_TIME_ZONE_LENGTH,
  MAX_TOPIC_ID_LENGTH,
  MIN_TARGET_RECALL,
} from "../limits";
import { isValidTimeZone } from "../scheduling/study-day";

const percent = (fraction: number) => Math.round(fraction * 100);
const targetRange = `The target recall must be between ${percent(MIN_TARGET_RECALL)}% and ${percent(MAX_TARGET_RECALL)}%.`;
const id = (what: string) =>
  z
    .string({ error: `Name the ${what} by its id.` })
    .min(1, { error: `Name the ${what} by its id.` })
    .max(MAX_TOPIC_ID_LENGTH, { error: `That ${what} id is too long.` });

const budgetSchema = z
  .object(
    {
      unit: z.enum(["reviews", "minutes"], { error: "The daily budget is counted in reviews or in minutes." }),
      perDay: z
        .number({ error: "The daily budget must be a number." })
        .int({ error: "The daily budget must be a whole number." })
        .min(1, { error: "A daily budget of 0 leaves no time to study: give at least 1." }),
    },
    { error: "Give the daily budget as a unit and an amount per day." },
  )
  .refine(
    (budget) => budget.perDay <= (budget.unit === "reviews" ? MAX_DAILY_BUDGET_REVIEWS : MAX_DAILY_BUDGET_MINUTES),
    {
      error: `Keep the daily budget at ${MAX_DAILY_BUDGET_REVIEWS} reviews or ${MAX_DAILY_BUDGET_MINUTES} minutes at most.`,
      path: ["perDay"],
    },
  );

/** One covered deck: the whole deck, or only the listed topics of it. */
const coverageItemSchema = z.object(
  {
    deckId: id("deck"),
    topicIds: z
      .array(id("topic"), { error: "List the covered topics as ids." })
      .max(MAX_EXAM_COVERAGE_ITEMS)
      .default([]),
  },
  { error: "Each covered deck needs a deckId and, to cover only some of its topics, their topicIds." },
);

export const examSchema = z.object(
  {
    name: z
      .string({ error: "Give the exam a name." })
      .trim()
      .min(1, { error: "Give the exam a name." })
      .max(MAX_EXAM_NAME_LENGTH, { error: `Keep the name to ${MAX_EXAM_NAME_LENGTH} characters.` }),
    /** Wall-clock date and time in `timeZone`, as a datetime-local input sends it. */
    examAt: z
      .string({ error: "Give the exam's date and time." })
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Give the exam's date and time as YYYY-MM-DDTHH:MM." }),
    timeZone: z
      .string({ error: "Choose a time zone." })
      .max(MAX_TIME_ZONE_LENGTH, { error: "That time zone is not known." })
      .refine(isValidTimeZone, { error: "That time zone is not known." }),
    targetRecall: z
      .number({ error: "The target recall must be a number." })
      .min(MIN_TARGET_RECALL, { error: targetRange })
      .max(MAX_TARGET_RECALL, { error: targetRange })
      .default(DEFAULT_TARGET_RECALL),
    budget: budgetSchema,
    coverage: z
      .array(coverageItemSchema, { error: "Say which decks the exam covers." })
      .min(1, { error: "Choose at least one deck or topic for the exam to cover." })
      .max(MAX_EXAM_COVERAGE_ITEMS, { error: `An exam can cover ${MAX_EXAM_COVERAGE_ITEMS} decks at most.` }),
  },
  { error: "Send the exam as a JSON object." },
);

export type ExamInput = z.infer<typeof examSchema>;
export type ExamCoverageInput = ExamInput["coverage"][number];
