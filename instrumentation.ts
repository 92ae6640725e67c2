/** Runs once when the server starts (Node.js only: the checks need the file system and argon2). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await (await import("./lib/startup")).startServer();
}
