import { randomUUID } from "node:crypto";
import { expect, type Page, type Route } from "@playwright/test";
import pg from "pg";

export const PASSWORD = "correct horse battery staple";

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

/** Reads the database the app under test writes to, to check what a flow left behind. */
export async function queryDatabase<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function countRows(table: string, where = "true", params: unknown[] = []): Promise<number> {
  const rows = await queryDatabase<{ count: string }>(
    `SELECT count(*)::text AS count FROM "${table}" WHERE ${where}`,
    params,
  );
  return Number(rows[0].count);
}

async function submitCredentials(page: Page, path: string, button: string, email: string, password: string) {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: button }).click();
  await page.waitForURL("**/review");
}

export const signUp = (page: Page, email: string, password = PASSWORD) =>
  submitCredentials(page, "/signup", "Create account", email, password);

export const signIn = (page: Page, email: string, password = PASSWORD) =>
  submitCredentials(page, "/signin", "Sign in", email, password);

export async function currentCardId(page: Page): Promise<string> {
  const id = await page.getByTestId("review-card").getAttribute("data-card-id");
  expect(id).toBeTruthy();
  return id!;
}

const noNetwork = (route: Route) => route.abort("internetdisconnected");

/**
 * Takes the device offline as a tunnel would. Chromium's offline emulation does not reach every
 * request a service worker lets through to the network, so the route refuses those as well; and
 * the page is told asynchronously, so this waits until it knows.
 */
export async function goOffline(page: Page) {
  await page.context().setOffline(true);
  await page.context().route("**/*", noNetwork);
  await page.waitForFunction(() => !navigator.onLine);
}

export async function goOnline(page: Page) {
  await page.context().unroute("**/*", noNetwork);
  await page.context().setOffline(false);
}
