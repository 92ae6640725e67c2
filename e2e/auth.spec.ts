import { expect, test } from "@playwright/test";
import { countRows, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("sign-up explains a malformed email, a short password and a taken email, creating nothing", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("That email address doesn't look right.");
  expect(await countRows("User", "email = $1", ["not-an-email"])).toBe(0);

  const email = uniqueEmail("taken");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Use at least 8 characters for your password.");
  expect(await countRows("User", "email = $1", [email])).toBe(0);

  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toHaveText(
    "An account with this email already exists. Sign in instead.",
  );
  expect(await countRows("User", "lower(email) = lower($1)", [email])).toBe(1);
});

test("a wrong password is refused with a clear message", async ({ page, request }) => {
  const email = uniqueEmail("wrongpw");
  expect((await request.post("/api/signup", { data: { email, password: PASSWORD } })).status()).toBe(201);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("That email and password don't match an account.");
  await expect(page).toHaveURL(/\/signin/);
});
