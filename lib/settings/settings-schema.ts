import { z } from "zod";
import { isValidTimeZone } from "../scheduling/study-day";

export const settingsSchema = z.object(
  {
    dailyNewLimit: z
      .number({ error: "The daily new-card limit must be a number." })
      .int({ error: "The daily new-card limit must be a whole number." })
      .min(0, { error: "The daily new-card limit can't be negative." })
      .max(500, { error: "Keep the daily new-card limit at 500 or less." }),
    desiredRetention: z
      .number({ error: "Desired retention must be a number." })
      .min(0.7, { error: "Desired retention must be between 70% and 99%." })
      .max(0.99, { error: "Desired retention must be between 70% and 99%." }),
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
