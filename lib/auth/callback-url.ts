/** Only same-site paths; anything else could send a student to another site after sign-in. */
export function safeCallbackUrl(value: string | undefined): string {
  return value && value.startsWith("/") && !value.startsWith("//") ? value : "/review";
}
