import { expect, test, type Browser, type Page } from "@playwright/test";
import { countRows, PASSWORD, uniqueEmail } from "../helpers";
import { createAccount } from "./auth-helpers";

/** A page with JavaScript off, and every URL it requests or navigates to. */
async function pageWithoutScripts(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  page.on("framenavigated", (frame) => urls.push(frame.url()));
  return { context, page, urls };
}

async function submit(page: Page, path: string, button: string, fields: Record<string, string>) {
  await page.goto(path);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: button }).click();
}

const secretsIn = (urls: string[], secrets: string[]) =>
  urls.filter((url) => secrets.some((secret) => decodeURIComponent(url.replace(/\+/g, " ")).includes(secret)));

test("without JavaScript, sign-up and sign-in post their forms and work; no URL ever holds the password", async ({
  browser,
  baseURL,
}) => {
  const weak = "qwertyuiop";
  const { context, page, urls } = await pageWithoutScripts(browser, baseURL);
  for (const path of ["/signin", "/signup"]) {
    await page.goto(path);
    await expect(page.locator("form")).toHaveAttribute("method", "post");
  }

  const email = uniqueEmail("nojs");
  await submit(page, "/signup", "Create account", { Email: email, Password: weak });
  await expect(page).toHaveURL(/\/signup\?error=password/);
  await expect(page.getByTestId("form-error")).toContainText("hard to guess");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  expect(await countRows("User", "email = $1", [email])).toBe(0);

  await submit(page, "/signup", "Create account", { "Name (optional)": "No Script", Email: email, Password: PASSWORD });
  await page.waitForURL("**/review");
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  expect(await countRows("User", "email = $1", [email])).toBe(1);
  expect(secretsIn(urls, [PASSWORD, weak])).toEqual([]);
  await context.close();
});

test("without JavaScript, a wrong password comes back with a message and the right one signs in", async ({
  browser,
  baseURL,
  playwright,
}) => {
  const { email } = await createAccount(playwright, baseURL, "nojs-signin");
  const { context, page, urls } = await pageWithoutScripts(browser, baseURL);
  const wrong = "not the right password";

  await submit(page, "/signin?callbackUrl=%2Fsettings", "Sign in", { Email: email, Password: wrong });
  await expect(page).toHaveURL(/\/signin\?error=refused&callbackUrl=%2Fsettings$/);
  await expect(page.getByTestId("form-error")).toHaveText("That email and password don't match an account.");

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/settings");
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  expect(urls.length).toBeGreaterThan(4);
  expect(secretsIn(urls, [PASSWORD, wrong])).toEqual([]);
  await context.close();
});

test("a sign-in or sign-up form posted from another site is refused and signs nobody in", async ({
  playwright,
  baseURL,
}) => {
  const { email } = await createAccount(playwright, baseURL, "csrf");
  const client = await playwright.request.newContext({ baseURL });
  const headers = { origin: "https://evil.example", "sec-fetch-mode": "navigate" };
  const signIn = await client.post("/api/signin", { form: { email, password: PASSWORD }, headers, maxRedirects: 0 });
  expect(signIn.status()).toBe(403);
  expect(signIn.headers()["set-cookie"]).toBeUndefined();
  const other = uniqueEmail("csrf-signup");
  const signUp = await client.post("/api/signup", {
    form: { email: other, password: PASSWORD },
    headers,
    maxRedirects: 0,
  });
  expect(signUp.status()).toBe(403);
  expect(await countRows("User", "email = $1", [other])).toBe(0);
  await client.dispose();
});
