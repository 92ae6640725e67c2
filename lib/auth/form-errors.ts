/**
 * What the sign-in and sign-up pages say after a form posted without JavaScript was refused. The
 * server redirects back with a short code rather than the message itself, so a crafted link cannot
 * put words of its choosing on the page. The pages and the routes share it.
 */
import { MIN_PASSWORD_LENGTH } from "../limits";

export interface FormError {
  message: string;
  field?: string;
}

const waitText = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

const retryAfterOf = (value: string | undefined) => {
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds > 0 && seconds < 24 * 3600 ? seconds : 60;
};

const SIGN_UP_MESSAGES: Record<string, FormError> = {
  email: { field: "email", message: "That email address doesn't look right." },
  taken: { field: "email", message: "An account with this email already exists. Sign in instead." },
  password: {
    field: "password",
    message:
      `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters that is hard to guess: ` +
      "not your name or email, not a common word. A few unrelated words make a strong one.",
  },
  name: { field: "name", message: "Keep your name shorter." },
};

export function signInFormError(code: string | undefined, retryAfter?: string): FormError | null {
  if (code === "refused") return { message: "That email and password don't match an account." };
  if (code === "throttled") {
    return { message: `Too many sign-in attempts. Try again in ${waitText(retryAfterOf(retryAfter))}.` };
  }
  if (code === "created") return null;
  return code ? { message: "Signing in failed. Please try again." } : null;
}

export function signUpFormError(code: string | undefined, retryAfter?: string): FormError | null {
  if (!code) return null;
  if (code === "throttled") {
    return {
      message: `Too many accounts were created from your network. Try again in ${waitText(retryAfterOf(retryAfter))}.`,
    };
  }
  return SIGN_UP_MESSAGES[code] ?? { message: "The account could not be created. Please check the form." };
}

/** The code a refused sign-up redirects with: the field at fault, or what went wrong. */
export function signUpErrorCode(status: number, field: string | undefined): string {
  if (status === 409) return "taken";
  return field && field in SIGN_UP_MESSAGES ? field : "invalid";
}
