import { expect, test } from "@playwright/test";
import { countRows, PASSWORD, uniqueEmail } from "../helpers";
import { createAccount, freshAddress } from "./auth-helpers";

// The limits of lib/limits.ts, as a deployment sees them (the suite only exempts 127.0.0.1 from
// per-address counts; these requests name other addresses through X-Forwarded-For).
const ACCOUNT_LIMIT = 10;
const ADDRESS_LIMIT = 50;
const SIGN_UP_LIMIT = 20;

test("sign-in locks an account after repeated failures: 429 with Retry-After, and the form says so", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { email } = await createAccount(playwright, baseURL, "locked");
  const guesser = await playwright.request.newContext({ baseURL });
  for (let attempt = 0; attempt < ACCOUNT_LIMIT; attempt++) {
    const response = await guesser.post("/api/signin", {
      data: { email, password: `guess number ${attempt}` },
      headers: { "x-forwarded-for": freshAddress() },
    });
    expect(response.status()).toBe(401);
  }
  const locked = await guesser.post("/api/signin", {
    data: { email, password: PASSWORD },
    headers: { "x-forwarded-for": freshAddress() },
  });
  expect(locked.status()).toBe(429);
  expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(800);
  expect(await locked.json()).toEqual({ error: "Too many sign-in attempts. Try again in 15 minutes." });
  expect(locked.headers()["set-cookie"]).toBeUndefined();
  await guesser.dispose();

  // The owner, from the browser, with the right password: told to wait rather than "wrong password".
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Too many sign-in attempts. Try again in 15 minutes.");
  await expect(page).toHaveURL(/\/signin$/);
});

test("sign-in from one address is refused after its limit, whatever the accounts", async ({ playwright, baseURL }) => {
  const address = freshAddress();
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  const statuses: number[] = [];
  for (let attempt = 0; attempt <= ADDRESS_LIMIT; attempt++) {
    const response = await client.post("/api/signin", {
      data: { email: uniqueEmail("spray"), password: "Spring2024!" },
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, ADDRESS_LIMIT).every((status) => status === 401)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  await client.dispose();
});

test("sign-up from one address is refused after its limit, and the form shows the wait", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const address = freshAddress();
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  for (let attempt = 0; attempt < SIGN_UP_LIMIT; attempt++) {
    // Refused requests count too: otherwise "already exists" could be asked of any number of emails.
    const response = await client.post("/api/signup", {
      data: { email: `not-an-email-${attempt}`, password: PASSWORD },
    });
    expect(response.status()).toBe(400);
  }
  const email = uniqueEmail("toomany");
  const refused = await client.post("/api/signup", { data: { email, password: PASSWORD } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(3000);
  expect(await refused.json()).toEqual({
    error: "Too many accounts were created from your network. Try again in 60 minutes.",
  });
  expect(await countRows("User", "email = $1", [email])).toBe(0);
  await client.dispose();

  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "Too many accounts were created from your network. Try again in 60 minutes.",
  );
  expect(await countRows("User", "email = $1", [email])).toBe(0);
  await context.close();
});
