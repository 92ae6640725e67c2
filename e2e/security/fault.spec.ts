/**
 * Grades while the database is stopped and restarted, and while the server is killed and
 * restarted mid-burst, against a private PostgreSQL cluster. Every acknowledged grade must be
 * stored exactly once: 0 lost, 0 double-applied. The outage answers 503 with Retry-After and
 * never the database's address; sign-in says the service is unavailable, not that the password
 * is wrong; the review page keeps grades in its outbox and says it is offline.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { PASSWORD, uniqueEmail } from "../helpers";
import { AppServer } from "./app-server";
import { createPrivatePostgres, freePort, privatePostgresUnavailable, type PrivatePostgres } from "./private-postgres";

const unavailable = privatePostgresUnavailable();
if (unavailable) console.log(`[fault] skipped: ${unavailable}`);
test.skip(unavailable !== null, `needs a private PostgreSQL cluster: ${unavailable}`);

/** What a leaked connection error reads like: the database's port, pg's or Prisma's wording. */
const leaksOf = (databaseUrl: string) =>
  new RegExp(`:${new URL(databaseUrl).port}\\b|ECONNREFUSED|database server|Can't reach`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Grade {
  cardId: string;
  clientReviewId: string;
}

/** Like the review page's outbox: the same clientReviewId until the server acknowledges it. */
async function gradeUntilAcknowledged(api: APIRequestContext, grade: Grade, outageAnswers: string[]): Promise<void> {
  // A 503 is expected while the database is away; its body is checked for leaks by the caller.
  for (let attempt = 0; attempt < 400; attempt++) {
    const response = await api
      .post("/api/reviews", { data: { ...grade, rating: 3, expectedVersion: 0 }, timeout: 5_000, maxRetries: 0 })
      .catch(() => null);
    if (response?.ok()) return;
    if (response) {
      const body = await response.text();
      expect(response.status(), body).toBe(503);
      expect(response.headers()["retry-after"]).toBe("5");
      outageAnswers.push(body);
    }
    await sleep(150);
  }
  throw new Error(`grade ${grade.clientReviewId} was never acknowledged`);
}

async function signedInApi(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  url: string,
) {
  const api = await playwright.request.newContext({ baseURL: url });
  const email = uniqueEmail("fault");
  expect((await api.post("/api/signup", { data: { email, password: PASSWORD } })).status()).toBe(201);
  const signIn = await api.post("/api/signin", { data: { email, password: PASSWORD } });
  expect(signIn.ok()).toBe(true);
  return { api, email };
}

async function storedGrades(url: string, email: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ clientReviewId: string; copies: number; version: number }>(
      `SELECT l."clientReviewId", count(*)::int AS copies, max(s.version)::int AS version
         FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId"
         JOIN "CardState" s ON s."userId" = l."userId" AND s."cardId" = l."cardId"
        WHERE u.email = $1 GROUP BY l."clientReviewId"`,
      [email],
    );
    return rows;
  } finally {
    await client.end();
  }
}

test("acknowledged grades survive a database outage and a server kill: none lost, none applied twice", async ({
  playwright,
  page,
}) => {
  test.setTimeout(300_000);
  const database: PrivatePostgres = await createPrivatePostgres("claimdeck_fault");
  const server = new AppServer(await freePort(), database.url);
  const LEAKS = leaksOf(database.url);
  const started = performance.now();
  try {
    database.start();
    execFileSync("npx", ["tsx", "scripts/with-db.ts", "fault", "--", "true"], {
      env: { ...process.env, DATABASE_URL: database.url },
      stdio: "pipe",
    });
    await server.start();
    const { api, email } = await signedInApi(playwright, server.url);
    const cardIds = (await storedCardIds(database.url, email)).slice(0, 45);
    const grades = cardIds.map((cardId) => ({ cardId, clientReviewId: randomUUID() }));
    // Thirds of the starter deck: before, during and after the outage (the deck's size may change).
    expect(grades.length).toBeGreaterThanOrEqual(12);
    const third = Math.floor(grades.length / 3);
    const outageAnswers: string[] = [];
    const acknowledged: Grade[] = [];
    const gradeAll = (batch: Grade[]) =>
      Promise.all(
        batch.map(async (grade) => {
          await gradeUntilAcknowledged(api, grade, outageAnswers);
          acknowledged.push(grade);
        }),
      );

    await gradeAll(grades.slice(0, third));

    // The database stops: grades wait and retry, sign-in and pages say so without details.
    database.stop();
    const outageStarted = performance.now();
    const duringOutage = gradeAll(grades.slice(third, 2 * third));
    const signIn = await api.post("/api/signin", { data: { email, password: PASSWORD } });
    const signInBody = await signIn.text();
    // An outage never reads as a wrong password.
    expect(signIn.status()).toBe(503);
    expect(signIn.headers()["retry-after"]).toBe("5");
    expect(signInBody).not.toMatch(LEAKS);
    const reviewPage = await api.get("/review");
    expect(reviewPage.status()).toBe(500);
    expect(await reviewPage.text()).not.toMatch(LEAKS);
    await sleep(3_000);
    database.start();
    await duringOutage;
    const outageSeconds = (performance.now() - outageStarted) / 1000;
    expect(outageAnswers.length).toBeGreaterThan(0);
    for (const body of outageAnswers) expect(body).not.toMatch(LEAKS);

    // The server is killed mid-burst and restarted: unacknowledged grades are sent again.
    const burst = gradeAll(grades.slice(2 * third));
    while (acknowledged.length < 2 * third + Math.max(1, Math.floor((grades.length - 2 * third) / 4))) await sleep(20);
    server.kill();
    const killedAt = performance.now();
    await sleep(500);
    await server.start();
    const restartSeconds = (performance.now() - killedAt) / 1000;
    await burst;

    const stored = await storedGrades(database.url, email);
    const storedIds = new Set(stored.map((row) => row.clientReviewId));
    const lost = acknowledged.filter((grade) => !storedIds.has(grade.clientReviewId)).length;
    const doubleApplied = stored.filter((row) => row.copies !== 1 || row.version !== 1).length;
    const totalSeconds = (performance.now() - started) / 1000;
    console.log(
      `[fault] acknowledged ${acknowledged.length}, stored ${stored.length}, lost ${lost}, ` +
        `double-applied ${doubleApplied}; outage ${outageSeconds.toFixed(1)} s ` +
        `(${outageAnswers.length} answers 503), server back ${restartSeconds.toFixed(1)} s after kill, ` +
        `whole test ${totalSeconds.toFixed(0)} s`,
    );
    expect(acknowledged.length).toBe(grades.length);
    expect(lost).toBe(0);
    expect(doubleApplied).toBe(0);
    expect(stored.length).toBe(grades.length);

    // The review page keeps grades and says it is offline while the database is away.
    const student = uniqueEmail("offline");
    await page.goto(`${server.url}/signup`);
    await page.getByLabel("Email").fill(student);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL("**/review");
    await expect(page.getByTestId("review-card")).toBeVisible();
    database.stop();
    await page.keyboard.press("Space");
    await page.keyboard.press("3");
    await expect(page.getByTestId("review-offline")).toBeVisible();
    database.start();
    await expect(page.getByTestId("review-offline")).toBeHidden({ timeout: 30_000 });
    await expect.poll(async () => (await storedGrades(database.url, student)).length, { timeout: 30_000 }).toBe(1);
    await api.dispose();
  } finally {
    server.kill();
    try {
      database.stop();
    } catch {
      // already stopped
    }
    database.remove();
  }
});

async function storedCardIds(url: string, email: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ cardId: string }>(
      `SELECT s."cardId" FROM "CardState" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 ORDER BY s."cardId"`,
      [email],
    );
    return rows.map((row) => row.cardId);
  } finally {
    await client.end();
  }
}
