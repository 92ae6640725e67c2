import { EnvError } from "./env";
import { authSecret } from "./auth/secret";
import { prepareSignIn } from "./auth/sign-in";

/**
 * Start-up checks of the Node.js server (instrumentation.ts). A production server without its session
 * secret stops here: Next.js would log a thrown error and go on serving requests that all fail.
 */
export async function startServer(): Promise<void> {
  try {
    authSecret();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  await prepareSignIn();
}
