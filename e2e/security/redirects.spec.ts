import { expect, test, type Page } from "@playwright/test";
import { PASSWORD } from "../helpers";
import { createAccount } from "./auth-helpers";

async function signInThroughForm(page: Page, query: string, email: string) {
  await page.goto(`/signin?${query}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

const HOSTILE_CALLBACKS = [
  "/\\evil.example/phish",
  "/%09/evil.example",
  "//evil.example",
  "https://evil.example",
  "javascript:alert(1)",
];

test("sign-in with a hostile callbackUrl lands on the app's home page, never elsewhere", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { email } = await createAccount(playwright, baseURL, "redirect");
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  for (const callbackUrl of HOSTILE_CALLBACKS) {
    await signInThroughForm(page, `callbackUrl=${encodeURIComponent(callbackUrl)}`, email);
    await page.waitForURL(`${origin}/`);
    await expect(page.getByTestId("signed-in-as")).toHaveText(email);
    await page.context().clearCookies();
  }
  // The raw forms too, exactly as an attacker would write them into a link.
  await signInThroughForm(page, "callbackUrl=/%09/evil.example", email);
  await page.waitForURL(`${origin}/`);
  expect(foreign).toEqual([]);
});

test("a same-origin callbackUrl with a query string survives the sign-in redirect of a page", async ({
  page,
  playwright,
  baseURL,
}) => {
  const { email } = await createAccount(playwright, baseURL, "keepgoing");
  await page.goto("/review?deck=not-a-deck");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Freview%3Fdeck%3Dnot-a-deck$/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/review?deck=not-a-deck");
  await expect(page.getByText("That deck is not one of yours")).toBeVisible();
});

test("next-auth answers sign-out with a same-origin path, whatever callbackUrl it is sent", async ({
  playwright,
  baseURL,
}) => {
  const client = await playwright.request.newContext({ baseURL });
  await createAccount(playwright, baseURL, "nextauth");
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const callbackUrl of [...HOSTILE_CALLBACKS, "http://localhost:3000/"]) {
    const response = await client.post("/api/auth/signout", { form: { csrfToken, callbackUrl, json: "true" } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ url: "/" });
  }
  const callbackCookie = (await client.storageState()).cookies.find((cookie) => cookie.name.endsWith("callback-url"));
  expect(callbackCookie?.value ?? "/").not.toMatch(/localhost|evil/);
  await client.dispose();
});

test("sign-out on 127.0.0.1 stays on that origin with NEXTAUTH_URL unset", async ({ page, playwright, baseURL }) => {
  const { email } = await createAccount(playwright, baseURL, "signout");
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
  });
  await signInThroughForm(page, "callbackUrl=%2Fsettings", email);
  await page.waitForURL(`${origin}/settings`);
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(`${origin}/`);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(page.url()).toBe(`${origin}/`);
  expect(elsewhere).toEqual([]);
});
