import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { currentCardId, queryDatabase, signUp, uniqueEmail } from "./helpers";

interface QueueCard {
  cardId: string;
  prompt: string;
  answer: string;
  edited: boolean;
}

async function queuedCards(page: import("@playwright/test").Page): Promise<QueueCard[]> {
  return (await (await page.request.get("/api/review/queue")).json()).cards;
}

test("a student edits, suspends and flags cards with the keyboard, then manages and exports them", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("safety");
  await signUp(page, email);

  // E: edit the prompt and answer in place; Enter saves; the card keeps its place in the review.
  const edited = await currentCardId(page);
  const generatedPrompt = await page.getByTestId("card-prompt").textContent();
  await page.keyboard.press("e");
  const prompt = page.getByLabel("Prompt");
  await expect(prompt).toBeFocused();
  await expect(prompt).toHaveValue(generatedPrompt!);
  await prompt.press("Control+End");
  await prompt.pressSequentially(" (my words)");
  await page.getByLabel("Answer").fill("my own answer");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("edit-card-form")).toHaveCount(0);
  await expect(page.getByTestId("card-prompt")).toHaveText(`${generatedPrompt} (my words)`);
  await expect(page.getByTestId("card-edited")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-answer")).toContainText("my own answer");
  await page.keyboard.press("3");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", edited);

  // Escape cancels an edit without saving anything.
  await page.keyboard.press("e");
  await page.getByLabel("Answer").fill("not saved");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("edit-card-form")).toHaveCount(0);

  // S: the card leaves at once; Undo in the notice brings it back; S again suspends it.
  const suspended = await currentCardId(page);
  await page.keyboard.press("s");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", suspended);
  const notice = page.getByTestId("card-action-notice");
  await expect(notice).toContainText("Card suspended");
  await notice.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", suspended);
  await expect(notice).toContainText("Card unsuspended.");
  await page.getByTestId("card-actions").focus();
  await page.keyboard.press("s");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", suspended);
  await expect(notice).toContainText("Card suspended");

  // F: a reason from the rubric, in plain words, and a note; Enter flags.
  const flagged = await currentCardId(page);
  const flaggedPrompt = await page.getByTestId("card-prompt").textContent();
  await page.keyboard.press("f");
  await expect(page.getByRole("radio", { name: /Blanks filler words/ })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: /Missing context/ })).toBeChecked();
  await page.getByLabel("Note (optional)").fill("which process?");
  await page.keyboard.press("Enter");
  await expect(notice).toContainText("Flagged as “Missing context”.");
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", flagged);

  const queue = await queuedCards(page);
  expect(queue.map((card) => card.cardId)).not.toContain(suspended);
  const [state] = await queryDatabase<{ suspended: boolean; reps: number }>(
    `SELECT s.suspended, s.reps FROM "CardState" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 AND s."cardId" = $2`,
    [email, edited],
  );
  expect(state).toEqual({ suspended: false, reps: 1 });

  // The deck's page lists all three, and exports the flag as a test case.
  await notice.getByRole("link", { name: "Flagged and suspended cards" }).click();
  await expect(page.getByRole("heading", { name: "Flagged and suspended cards" })).toBeVisible();
  await expect(page.getByTestId("care-counts")).toHaveText("1 flagged · 1 suspended");
  const row = (cardId: string) => page.locator(`[data-testid="care-card"][data-card-id="${cardId}"]`);
  await expect(row(edited).getByTestId("care-edit")).toContainText("(my words) → my own answer");
  await expect(row(suspended)).toContainText("Suspended");
  await expect(row(flagged)).toContainText("Flagged: Missing context");
  await expect(row(flagged)).toContainText("which process?");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export flags (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-flags\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.article.title).toContain("Cancer Metastasis");
  expect(exported.flags).toHaveLength(1);
  expect(exported.flags[0]).toMatchObject({
    prompt: flaggedPrompt,
    reason: "CONTEXT",
    reasonLabel: "Missing context",
    note: "which process?",
  });
  expect(exported.flags[0].sourceSentence.length).toBeGreaterThan(20);
  expect(Array.isArray(exported.flags[0].options)).toBe(true);

  await row(suspended).getByRole("button", { name: "Unsuspend" }).click();
  await expect(row(suspended)).toHaveCount(0);
  await row(flagged).getByRole("button", { name: "Unflag" }).click();
  await expect(row(flagged)).toHaveCount(0);
  await expect(page.getByTestId("care-counts")).toHaveText("0 flagged · 0 suspended");
  expect((await queuedCards(page)).map((card) => card.cardId)).toContain(suspended);

  // On the shared deck, another student still sees the generated card.
  const other = await browser.newPage();
  await signUp(other, uniqueEmail("other"));
  const theirs = (await queuedCards(other)).find((card) => card.cardId === edited);
  expect(theirs).toMatchObject({ prompt: generatedPrompt, edited: false });
  await other.close();
});

test("unknown cards and decks answer 404, a card without the student's flag cannot be unflagged, bad input is a 400", async ({
  page,
  browser,
}) => {
  await signUp(page, uniqueEmail("owner"));
  const cardId = await currentCardId(page);
  const [deck] = await queryDatabase<{ id: string }>(`SELECT "deckId" AS id FROM "Card" WHERE id = $1`, [cardId]);

  const other = await browser.newPage();
  await signUp(other, uniqueEmail("intruder"));
  const missing = "no-such-card";
  for (const [method, path, data] of [
    ["POST", "/api/cards/edit", { cardId: missing, prompt: "x _____", answer: "y" }],
    ["PUT", "/api/cards/suspension", { cardId: missing, suspended: true }],
    ["PUT", "/api/cards/flag", { cardId: missing, reason: "WRONG" }],
    ["DELETE", "/api/cards/flag", { cardId }],
  ] as const) {
    const response = await other.request.fetch(path, { method, data });
    expect(response.status(), `${method} ${path}`).toBe(404);
  }
  expect((await other.request.get("/api/flags?deck=not-a-deck")).status()).toBe(404);
  expect((await other.request.get(`/api/flags?deck=${deck.id}`)).status()).toBe(200);
  expect((await other.request.get("/flags?deck=%ED%A0%80")).status()).toBe(404);

  const bad = await page.request.put("/api/cards/flag", { data: { cardId, reason: "UGLY" } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "Choose why the card is bad.", field: "reason" });
  await other.close();
});
