import { z } from "zod";
import {
  MAX_CARD_ID_LENGTH,
  MAX_PRACTICE_ANSWER_LENGTH,
  MAX_PRACTICE_QUESTIONS,
  MAX_REVIEW_DURATION_MS,
} from "../limits";
import { DEFAULT_PRACTICE_QUESTIONS } from "../limits";

export const startPracticeSchema = z.object(
  {
    questions: z
      .number({ error: "The number of questions must be a number." })
      .int({ error: "The number of questions must be a whole number." })
      .min(1, { error: "A practice test needs at least 1 question." })
      .max(MAX_PRACTICE_QUESTIONS, { error: `A practice test has ${MAX_PRACTICE_QUESTIONS} questions at most.` })
      .default(DEFAULT_PRACTICE_QUESTIONS),
  },
  { error: "Send the practice test's options as a JSON object." },
);

export const practiceAnswerSchema = z.object(
  {
    questionId: z
      .string({ error: "Say which question is answered." })
      .min(1, { error: "Say which question is answered." })
      .max(MAX_CARD_ID_LENGTH, { error: "That question id is too long." }),
    answer: z
      .string({ error: "The answer must be text." })
      .max(MAX_PRACTICE_ANSWER_LENGTH, { error: `Keep an answer to ${MAX_PRACTICE_ANSWER_LENGTH} characters.` }),
    durationMs: z
      .number({ error: "The time spent must be a whole number of milliseconds." })
      .int({ error: "The time spent must be a whole number of milliseconds." })
      .min(0, { error: "The time spent can't be negative." })
      .max(MAX_REVIEW_DURATION_MS, { error: "The time spent on one question is too long." })
      .default(0),
  },
  { error: "Send the answer as a JSON object." },
);

export const practiceSettingSchema = z.object(
  {
    practiceUpdatesSchedule: z.boolean({ error: "Say whether practice answers update your schedule (true or false)." }),
  },
  { error: "Send the setting as a JSON object." },
);
