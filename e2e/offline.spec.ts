import { expect, test } from "@playwright/test";
import { countRows, currentCardId, signUp, uniqueEmail } from "./helpers";

test("grades given offline survive a reload and are saved exactly once when the network returns", async ({
  page,
  context,
}) => {
  const email = uniqueEmail("offline");
  await signUp(page, email);
  await expect(page.getByTestId("queue-counts")).toHaveText("0 due · 20 new");
  // The service worker has kept this page and its assets.
  await expect(page.locator("html[data-offline-ready]")).toHaveCount(1, { timeout: 30_000 });

  await context.setOffline(true);
  const graded: string[] = [];
  for (let i = 0; i < 5; i++) {
    const cardId = await currentCardId(page);
    await page.getByRole("button", { name: /Show answer/ }).click();
    await page.getByRole("button", { name: /^Easy/ }).click();
    await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", cardId);
    graded.push(cardId);
  }
  const next = await currentCardId(page);
  await expect(page.getByTestId("review-offline")).toHaveText("offline: 5 reviews waiting");

  // The service worker answers the reload from the copy it kept.
  expect((await page.reload())?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId("review-offline")).toHaveText("offline: 5 reviews waiting");
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", next);
  await expect(page.getByText("15 cards left today")).toBeVisible();
  const userId = `(SELECT id FROM "User" WHERE email = $1)`;
  expect(await countRows("ReviewLog", `"userId" = ${userId}`, [email])).toBe(0);

  await context.setOffline(false);
  await expect(page.getByTestId("review-offline")).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText("Saving…")).toHaveCount(0);
  expect(await countRows("ReviewLog", `"userId" = ${userId}`, [email])).toBe(5);
  for (const cardId of graded) {
    expect(await countRows("ReviewLog", `"userId" = ${userId} AND "cardId" = $2`, [email, cardId])).toBe(1);
  }
  const queue = await (await page.request.get("/api/review/queue")).json();
  const queued: string[] = queue.cards.map((card: { cardId: string }) => card.cardId);
  expect(queued).toHaveLength(15);
  for (const cardId of graded) expect(queued).not.toContain(cardId);
  expect(queued[0]).toBe(next);
  expect(queue.reviewedToday).toBe(5);

  // Reloading once more sends nothing twice.
  await page.reload();
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", next);
  await expect(page.getByText("Saving…")).toHaveCount(0);
  expect(await countRows("ReviewLog", `"userId" = ${userId}`, [email])).toBe(5);
});
