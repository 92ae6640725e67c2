import { z } from "zod";
import { MAX_DAILY_NEW_LIMIT, MAX_DESIRED_RETENTION, MIN_DESIRED_RETENTION } from "../limits";
import { isValidTimeZone } from "./study-day";

const percent = (fraction: number) => Math.round(fraction * 100);
const retentionRange = `Desired retention must be between ${percent(MIN_DESIRED_RETENTION)}% and ${percent(MAX_DESIRED_RETENTION)}%.`;

export const settingsSchema = z.object(
  {
    dailyNewLimit: z
      .number({ error: "The daily new-card limit must be a number." })
      .int({ error: "The daily new-card limit must be a whole number." })
      .min(0, { error: "The daily new-card limit can't be negative." })
      .max(MAX_DAILY_NEW_LIMIT, { error: `Keep the daily new-card limit at ${MAX_DAILY_NEW_LIMIT} or less.` }),
    desiredRetention: z
      .number({ error: "Desired retention must be a number." })
      .min(MIN_DESIRED_RETENTION, { error: retentionRange })
      .max(MAX_DESIRED_RETENTION, { error: retentionRange }),
    timeZone: z
      .string({ error: "Choose a time zone." })
      .refine(isValidTimeZone, { error: "That time zone is not known." }),
    dayRolloverHour: z
      .number({ error: "The day's start must be an hour from 0 to 23." })
      .int({ error: "The day's start must be a whole hour." })
      .min(0, { error: "The day's start must be an hour from 0 to 23." })
      .max(23, { error: "The day's start must be an hour from 0 to 23." }),
  },
  { error: "Send the settings as a JSON object." },
);

export type SettingsInput = z.infer<typeof settingsSchema>;
