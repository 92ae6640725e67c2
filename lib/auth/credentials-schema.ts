import { z } from "zod";
import { isValidTimeZone } from "../scheduling/study-day";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "That email address doesn't look right." }));

export const signUpSchema = z.object(
  {
    email: emailSchema,
    password: z
      .string({ error: "Choose a password." })
      .min(8, { error: "Use at least 8 characters for your password." })
      .max(200, { error: "That password is too long (200 characters at most)." }),
    name: z
      .string({ error: "Your name must be text." })
      .trim()
      .max(80, { error: "Keep your name under 80 characters." })
      .optional(),
    /** The browser's zone, so that "today" and the daily new-card limit follow the student's clock. */
    timeZone: z
      .string({ error: "The time zone must be a zone name such as Europe/Berlin." })
      .max(64, { error: "That time zone is not known." })
      .refine(isValidTimeZone, { error: "That time zone is not known." })
      .optional(),
  },
  { error: "Send the sign-up as a JSON object." },
);

export type SignUpInput = z.infer<typeof signUpSchema>;

/** Only decides whether to look the user up: a failure is answered like a wrong password. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
