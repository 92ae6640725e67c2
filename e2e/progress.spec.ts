import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

/** Set PROGRESS_SCREENSHOTS to a folder to keep full-page shots of /progress at desktop and phone widths. */
async function screenshots(page: Page, name: string) {
  const folder = process.env.PROGRESS_SCREENSHOTS;
  if (!folder) return;
  for (const [width, label] of [
    [1280, "desktop"],
    [390, "phone"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(300); // charts measure their container after a resize
    await page.screenshot({ path: `${folder}/progress-${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Reveals and grades Good the current card, checking it belongs to `topic`. */
async function gradeCardOf(page: Page, topic: string) {
  const card = page.getByTestId("review-card");
  const cardId = await card.getAttribute("data-card-id");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-topic")).toHaveText(topic);
  await page.keyboard.press("3");
  await expect(card).not.toHaveAttribute("data-card-id", cardId!);
}

async function studyFromTable(page: Page, topic: string) {
  const row = page.locator(`[data-testid="topic-row"][data-topic-name="${topic}"]`);
  await row.getByRole("link", { name: "Study this mechanism" }).click();
  await expect(page).toHaveURL(/\/review\?topic=/);
  await expect(page.getByTestId("review-scope")).toContainText(`Mechanism: ${topic}`);
}

async function rowOf(page: Page, topic: string) {
  const row = page.locator(`[data-testid="topic-row"][data-topic-name="${topic}"]`);
  return {
    coverage: await row.getByTestId("topic-coverage").innerText(),
    recall: await row.getByTestId("topic-recall").innerText(),
    label: await row.getByTestId("topic-label").innerText(),
  };
}

test("a new student studies two mechanisms: only those move on /progress; studying one shows only its cards", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("progress"));
  await page.getByRole("navigation").getByRole("link", { name: "Progress" }).click();
  await expect(page.getByTestId("progress-empty")).toContainText("Nothing to measure yet");
  const mechanisms = page.getByTestId("empty-topic");
  await expect(mechanisms).toHaveCount(10);
  await expect(mechanisms.first()).toContainText("Mechanism:");
  const names = await mechanisms.evaluateAll((links) => links.map((link) => link.getAttribute("data-topic-name")!));
  await screenshots(page, "empty");

  // The starter deck asks one card per fact, so some mechanisms have a single card, which a Good grade brings
  // straight back as a learning step: the two studied here have two or more, and one card of each is studied, so
  // each keeps a new one.
  const links = await mechanisms.evaluateAll((all) => all.map((link) => link.getAttribute("href")!));
  const cardCounts = await Promise.all(
    links.map(async (href) => {
      const topic = new URL(href, "http://localhost").searchParams.get("topic");
      return (await (await page.request.get(`/api/review/queue?topic=${topic}`)).json()).cards.length as number;
    }),
  );
  const firstIndex = cardCounts.findIndex((count) => count >= 2);
  expect(firstIndex).toBeGreaterThanOrEqual(0);
  const first = names[firstIndex];
  const second = names.find((name, i) => i !== firstIndex && cardCounts[i] >= 2)!;
  expect(second).toBeDefined();
  // The first from the empty page's list, the second from the table that then replaces it.
  await page.locator(`[data-testid="empty-topic"][data-topic-name="${first}"]`).click();
  await expect(page.getByTestId("review-scope")).toContainText(first);
  await gradeCardOf(page, first);
  await expect(page.getByText("Saving…")).toHaveCount(0);
  await page.goto("/progress");
  await studyFromTable(page, second);
  await gradeCardOf(page, second);
  await expect(page.getByText("Saving…")).toHaveCount(0);

  await page.goto("/progress");
  await expect(page.getByTestId("topic-row")).toHaveCount(10);
  for (const name of [first, second]) {
    const row = await rowOf(page, name);
    expect(row.coverage).not.toBe("0%");
    expect(row.recall).not.toBe("0%");
    expect(row.label).not.toBe("not started");
  }
  for (const name of names.filter((name) => name !== first && name !== second))
    expect(await rowOf(page, name)).toEqual({ coverage: "0%", recall: "0%", label: "not started" });
  // Weakest first: the eight untouched mechanisms come before the two studied ones.
  const order = await page
    .getByTestId("topic-row")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-topic-name")));
  expect(order.slice(8).sort()).toEqual([first, second].sort());
  await expect(page.getByTestId("overall-coverage")).toContainText("2 studied");
  await expect(page.getByTestId("activity-summary")).toContainText("2 reviews on 1 day");
  await expect(page.getByTestId("forecast").getByRole("table")).toHaveCount(1);
  await screenshots(page, "data");

  // The starter deck asks one card per statement, so a mechanism may have only a few: study, but keep one new.
  await studyFromTable(page, first);
  const topicId = new URL(page.url()).searchParams.get("topic");
  const queue = await (await page.request.get(`/api/review/queue?topic=${topicId}`)).json();
  expect(queue.cards.length).toBeGreaterThan(0);
  for (const card of queue.cards as { topic: string }[]) expect(card.topic).toBe(first);
});
