import { expect, test } from "@playwright/test";
import { PASSWORD, signIn, signUp, uniqueEmail } from "../helpers";
import { clientWithToken, SESSION_COOKIE, sessionTokenOf } from "./auth-helpers";

const NEW_PASSWORD = "violet trombone mackerel";

test("a token copied before sign-out stops working after it, on the API and on pages", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("signout"));
  const token = await sessionTokenOf(context);
  const copy = await clientWithToken(playwright, baseURL, token);
  expect((await copy.get("/api/settings")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await copy.get("/api/settings")).status()).toBe(401);
  expect((await copy.get("/api/review/queue")).status()).toBe(401);
  await copy.dispose();

  // The copied cookie put back into a browser: the page treats it as signed out.
  const host = new URL(baseURL!).hostname;
  await context.addCookies([{ name: SESSION_COOKIE, value: token, domain: host, path: "/" }]);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin/);
});

test("sign out everywhere ends every session of the account, other browsers included", async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = uniqueEmail("everywhere");
  await signUp(page, email);
  const phone = await playwright.request.newContext({ baseURL });
  expect((await phone.post("/api/signin", { data: { email, password: PASSWORD } })).status()).toBe(200);
  expect((await phone.get("/api/settings")).status()).toBe(200);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.waitForURL("**/signin");
  expect((await phone.get("/api/settings")).status()).toBe(401);
  expect((await page.request.get("/api/settings")).status()).toBe(401);

  await signIn(page, email);
  expect((await page.request.get("/api/settings")).status()).toBe(200);
  await phone.dispose();
});

test("a password change checks the old password and strength, keeps this browser and signs out the rest", async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = uniqueEmail("newpassword");
  await signUp(page, email);
  const laptop = await playwright.request.newContext({ baseURL });
  expect((await laptop.post("/api/signin", { data: { email, password: PASSWORD } })).status()).toBe(200);

  await page.goto("/settings");
  const form = page.getByTestId("password-form");
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("password-status")).toHaveText("That is not your current password.");
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill(email);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("password-status")).toContainText("That password is too easy to guess.");
  await expect(form.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  expect((await laptop.get("/api/settings")).status()).toBe(200);

  await form.getByLabel("Current password").fill(PASSWORD);
  await form.getByLabel("New password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByTestId("password-status")).toHaveText(
    "Password changed. You were signed out everywhere else.",
  );
  expect((await page.request.get("/api/settings")).status()).toBe(200);
  await page.reload();
  await expect(page.getByTestId("signed-in-as")).toHaveText(email);
  expect((await laptop.get("/api/settings")).status()).toBe(401);

  expect((await laptop.post("/api/signin", { data: { email, password: PASSWORD } })).status()).toBe(401);
  expect((await laptop.post("/api/signin", { data: { email, password: NEW_PASSWORD } })).status()).toBe(200);
  await laptop.dispose();
});
