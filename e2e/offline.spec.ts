import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { countRows, currentCardId, goOffline, goOnline, queryDatabase, signUp, uniqueEmail } from "./helpers";

test("grades given offline survive a reload and are saved exactly once when the network returns", async ({ page }) => {
  const email = uniqueEmail("offline");
  await signUp(page, email);
  await expect(page.getByTestId("queue-counts")).toHaveText(/^0 due · \d+ new$/);
  const newToday = Number((await page.getByTestId("queue-counts").innerText()).match(/(\d+) new/)![1]);
  expect(newToday).toBeGreaterThan(5);
  // The service worker has kept this page and its assets.
  await expect(page.locator("html[data-offline-ready]")).toHaveCount(1, { timeout: 30_000 });

  await goOffline(page);
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
  await expect(page.getByText(`${newToday - 5} cards left today`)).toBeVisible();
  const userId = `(SELECT id FROM "User" WHERE email = $1)`;
  expect(await countRows("ReviewLog", `"userId" = ${userId}`, [email])).toBe(0);

  await goOnline(page);
  await expect(page.getByTestId("review-offline")).toBeHidden({ timeout: 20_000 });
  await expect(page.getByText("Saving…")).toHaveCount(0);
  expect(await countRows("ReviewLog", `"userId" = ${userId}`, [email])).toBe(5);
  for (const cardId of graded) {
    expect(await countRows("ReviewLog", `"userId" = ${userId} AND "cardId" = $2`, [email, cardId])).toBe(1);
  }
  const queue = await (await page.request.get("/api/review/queue")).json();
  const queued: string[] = queue.cards.map((card: { cardId: string }) => card.cardId);
  expect(queued).toHaveLength(newToday - 5);
  for (const cardId of graded) expect(queued).not.toContain(cardId);
  expect(queued[0]).toBe(next);
  expect(queue.reviewedToday).toBe(5);

  // Reloading once more sends nothing twice.
  await page.reload();
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", next);
  await expect(page.getByText("Saving…")).toHaveCount(0);
  expect(await countRows("ReviewLog", `"userId" = ${userId}`, [email])).toBe(5);
});

test("a card graded on another device while this one was offline: the server's grade stands and the page says why", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  const email = uniqueEmail("conflict");
  await signUp(page, email);
  await expect(page.locator("html[data-offline-ready]")).toHaveCount(1, { timeout: 30_000 });
  const cardId = await currentCardId(page);
  const version = Number(
    (
      await queryDatabase<{ version: number }>(
        `SELECT version FROM "CardState" WHERE "cardId" = $1 AND "userId" = (SELECT id FROM "User" WHERE email = $2)`,
        [cardId, email],
      )
    )[0].version,
  );

  await goOffline(page);
  await page.getByRole("button", { name: /Show answer/ }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(page.getByTestId("review-offline")).toHaveText("offline: 1 review waiting");

  // The other device: the same account's session, graded first.
  const otherDevice = await playwright.request.newContext({ baseURL, storageState: await context.storageState() });
  const elsewhere = await otherDevice.post("/api/reviews", {
    data: { cardId, rating: 1, clientReviewId: randomUUID(), expectedVersion: version },
  });
  expect(elsewhere.status()).toBe(200);
  await otherDevice.dispose();

  await goOnline(page);
  await expect(page.getByText(/already graded on another device/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("review-offline")).toBeHidden();
  const logs = await queryDatabase<{ rating: number }>(
    `SELECT rating FROM "ReviewLog" WHERE "cardId" = $1 AND "userId" = (SELECT id FROM "User" WHERE email = $2)`,
    [cardId, email],
  );
  expect(logs).toEqual([{ rating: 1 }]);
});

test("signing out deletes the pages the service worker kept and the review data on the device", async ({ page }) => {
  await signUp(page, uniqueEmail("leaving"));
  await expect(page.locator("html[data-offline-ready]")).toHaveCount(1, { timeout: 30_000 });
  await page.getByRole("button", { name: /Show answer/ }).click();
  await page.getByRole("button", { name: /^Easy/ }).click();
  await expect(page.getByText("Saving…")).toHaveCount(0);
  const kept = () =>
    page.evaluate(async () => {
      const pages = await (await caches.open("claimdeck-pages")).keys();
      const snapshots = await new Promise<number>((resolve) => {
        const open = indexedDB.open("claimdeck-offline");
        open.onsuccess = () => {
          const count = open.result.transaction("queues").objectStore("queues").count();
          count.onsuccess = () => resolve(count.result);
        };
      });
      return { pages: pages.map((request) => new URL(request.url).pathname), snapshots };
    });
  await expect.poll(async () => (await kept()).snapshots).toBe(1);
  expect((await kept()).pages).toContain("/review");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  const after = await kept();
  expect(after.snapshots).toBe(0);
  expect(after.pages).not.toContain("/review");
});
