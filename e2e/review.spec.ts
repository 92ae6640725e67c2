import { expect, test } from "@playwright/test";
import { countRows, currentCardId, signIn, signUp, uniqueEmail } from "./helpers";

test("a new student reviews with the keyboard, undoes, reloads, and a second student has their own queue", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("student");
  await signUp(page, email);
  // The starter deck's size decides the count, up to the daily limit of 20 new cards.
  const counts = page.getByTestId("queue-counts");
  await expect(counts).toHaveText(/^0 due · \d+ new$/);
  const fresh = Number((await counts.textContent())!.match(/(\d+) new/)![1]);
  expect(fresh).toBeGreaterThanOrEqual(6);

  const graded: string[] = [];
  for (let i = 0; i < 5; i++) {
    const cardId = await currentCardId(page);
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-answer")).toBeVisible();
    await expect(page.getByTestId("interval-3")).toHaveText(/^\d+(m|h|d|mo|y)$/);
    await page.keyboard.press("3");
    await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", cardId);
    graded.push(cardId);
  }

  await page.keyboard.press("z");
  const undone = graded.pop()!;
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", undone);
  await expect(page.getByText("Saving…")).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("queue-counts")).toHaveText(`0 due · ${fresh - 4} new`);
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", undone);
  const queue = await (await page.request.get("/api/review/queue")).json();
  const queuedIds: string[] = queue.cards.map((card: { cardId: string }) => card.cardId);
  expect(queuedIds).toHaveLength(fresh - 4);
  for (const cardId of graded) expect(queuedIds).not.toContain(cardId);
  expect(queuedIds).toContain(undone);
  expect(await countRows("ReviewLog", `"userId" = (SELECT id FROM "User" WHERE email = $1)`, [email])).toBe(4);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();

  const secondEmail = uniqueEmail("second");
  const created = await request.post("/api/signup", {
    data: { email: secondEmail, password: "another good password" },
  });
  expect(created.status()).toBe(201);
  await signIn(page, secondEmail, "another good password");
  await expect(page.getByTestId("signed-in-as")).toHaveText(secondEmail);
  await expect(page.getByTestId("queue-counts")).toHaveText(`0 due · ${fresh} new`);
  await expect(page.getByText(`${fresh} cards left today`)).toBeVisible();
});

test("the answer side shows the source sentence, the reference and four graded intervals", async ({ page }) => {
  await signUp(page, uniqueEmail("reader"));
  await page.getByRole("button", { name: /Show answer/ }).click();
  const answer = page.getByTestId("card-answer");
  await expect(answer.locator("blockquote")).toContainText(/metastasis/i);
  await expect(answer).toContainText("tumor microenvironment in cancer metastasis");
  for (const label of ["Again", "Hard", "Good", "Easy"])
    await expect(page.getByRole("button", { name: new RegExp(label) })).toBeVisible();
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByText("1 reviewed")).toBeVisible();
});

test("an anonymous visit to /review goes to sign-in and comes back after it", async ({ page }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Freview/);
  await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
});
