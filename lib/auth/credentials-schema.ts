import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MAX_TIME_ZONE_LENGTH, MAX_USER_NAME_LENGTH, MIN_PASSWORD_LENGTH } from "../limits";
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
      .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.` })
      .max(MAX_PASSWORD_LENGTH, {
        error: `That password is too long (${MAX_PASSWORD_LENGTH} characters at most).`,
      }),
    name: z
      .string({ error: "Your name must be text." })
      .trim()
      .max(MAX_USER_NAME_LENGTH, { error: `Keep your name under ${MAX_USER_NAME_LENGTH} characters.` })
      .optional(),
    /** The browser's zone, so that "today" and the daily new-card limit follow the student's clock. */
    timeZone: z
      .string({ error: "The time zone must be a zone name such as Europe/Berlin." })
      .max(MAX_TIME_ZONE_LENGTH, { error: "That time zone is not known." })
      .refine(isValidTimeZone, { error: "That time zone is not known." })
      .optional(),
  },
  { error: "Send the sign-up as a JSON object." },
);

export type SignUpInput = z.infer<typeof signUpSchema>;

/** Only decides whether to look the user up: a failure is answered like a wrong password. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export const passwordChangeSchema = z.object(
  {
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, { error: "Enter your current password." })
      .max(MAX_PASSWORD_LENGTH, { error: "That is not your current password." }),
    newPassword: signUpSchema.shape.password,
  },
  { error: "Send the password change as a JSON object." },
);
