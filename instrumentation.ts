/** Runs once when the server starts: a production server without its session secret refuses to start. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { authSecret } = await import("./lib/auth/secret");
  const { EnvError } = await import("./lib/env");
  try {
    authSecret();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // Next.js would log the error and go on serving requests that all fail; stop instead.
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  const { prepareSignIn } = await import("./lib/auth/sign-in");
  await prepareSignIn();
}
