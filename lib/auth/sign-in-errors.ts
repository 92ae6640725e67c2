/**
 * The error code authorize() throws while the database is unreachable, so that an outage never
 * reads as a wrong password. next-auth puts it in the sign-in response's URL; the form reads it.
 */
export const SIGN_IN_UNAVAILABLE = "ServiceUnavailable";
