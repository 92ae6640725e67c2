import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { countRows, queryDatabase, signIn, signUp, uniqueEmail, PASSWORD } from "./helpers";

const article = readFileSync(
  path.join(__dirname, "../tests/fixtures/articles/monetary-policy-no-citations.md"),
  "utf8",
);
const hostile = `${article}\n\n## Notes\n\nThe <script>window.__claimdeckInjected = true</script> <b>central bank</b> publishes its decisions eight times a year.\n`;

test("a student imports a pasted article, unticks a card, renames a topic, saves and reviews the new deck", async ({
  page,
  request,
}) => {
  const email = uniqueEmail("importer");
  await signUp(page, email);
  await page.getByRole("navigation").getByRole("link", { name: "Import" }).click();
  await page.getByLabel("Article text").fill(hostile);
  await page.getByRole("button", { name: "Generate cards" }).click();

  const preview = page.getByTestId("import-preview");
  await expect(preview).toBeVisible();
  await expect(page.getByLabel("Deck title")).toHaveValue("How Central Banks Fight Inflation");
  await expect(page.getByTestId("topic-group").first()).toBeVisible();
  await expect(page.getByTestId("source-highlight").first()).toBeVisible();
  // Uploaded markup is shown as text, never run.
  await expect(page.getByTestId("article-text")).toContainText("<script>window.__claimdeckInjected = true</script>");
  expect(
    await page.evaluate(() => (window as unknown as { __claimdeckInjected?: boolean }).__claimdeckInjected),
  ).toBeUndefined();

  const cards = page.getByTestId("preview-card");
  const total = await cards.count();
  expect(total).toBeGreaterThan(2);
  const unticked = await cards.first().getByRole("checkbox").getAttribute("aria-label");
  await cards.first().getByRole("checkbox").uncheck();
  await expect(page.getByTestId("import-summary")).toContainText(`${total - 1} of ${total} cards kept`);
  const topicInput = page.getByLabel("Name of topic interest rates");
  await topicInput.fill("Policy rates");
  await page.getByLabel("Deck title").fill("Monetary policy basics");
  await page.getByRole("button", { name: "Save deck" }).click();

  await page.waitForURL(/\/review\?deck=/);
  await expect(page.getByTestId("review-deck")).toContainText("Monetary policy basics");
  const deckId = new URL(page.url()).searchParams.get("deck")!;
  const expectedNew = Math.min(20, total - 1);
  await expect(page.getByTestId("queue-counts")).toHaveText(`0 due · ${expectedNew} new`);
  await expect(page.getByTestId("review-card")).toBeVisible();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-answer")).toContainText("Monetary policy basics");
  await page.keyboard.press("3");
  await expect(page.getByText("1 reviewed")).toBeVisible();

  const owner = await queryDatabase<{ ownerId: string }>(`SELECT d."ownerId" FROM "Deck" d WHERE d.id = $1`, [deckId]);
  expect(owner[0].ownerId).toBe(
    (await queryDatabase<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]))[0].id,
  );
  expect(await countRows("Card", `"deckId" = $1`, [deckId])).toBe(total - 1);
  expect(
    await countRows("Card", `"deckId" = $1 AND prompt = $2`, [deckId, unticked!.replace(/^Keep card: /, "")]),
  ).toBe(0);
  expect(await countRows("Topic", `"deckId" = $1 AND name = 'Policy rates'`, [deckId])).toBe(1);

  await page.getByRole("link", { name: "Claimdeck" }).click();
  const decks = page.getByTestId("your-decks");
  await expect(decks).toContainText("Monetary policy basics");
  await expect(decks).toContainText("Imported by you");
  await expect(decks).toContainText("Cancer Metastasis: Mechanisms, Challenges, Therapies");

  // Private: another student neither sees nor studies it.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  const other = uniqueEmail("other");
  expect((await request.post("/api/signup", { data: { email: other, password: PASSWORD } })).status()).toBe(201);
  await signIn(page, other);
  await page.goto("/");
  await expect(page.getByTestId("your-decks")).not.toContainText("Monetary policy basics");
  await page.goto(`/review?deck=${deckId}`);
  await expect(page.getByText("That deck is not one of yours")).toBeVisible();
  expect(
    await countRows(
      "CardState",
      `"userId" = (SELECT id FROM "User" WHERE email = $1) AND "cardId" IN (SELECT id FROM "Card" WHERE "deckId" = $2)`,
      [other, deckId],
    ),
  ).toBe(0);
});

test("import refuses what it cannot use, with a clear message and no deck", async ({ page }) => {
  const email = uniqueEmail("refused");
  await signUp(page, email);
  await page.goto("/import");
  await page.getByRole("button", { name: "Generate cards" }).click();
  await expect(page.getByTestId("import-error")).toHaveText("Paste an article first.");

  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: "image.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
  });
  await page.getByRole("button", { name: "Generate cards" }).click();
  await expect(page.getByTestId("import-error")).toHaveText("image.png: upload a .txt, .md or .pdf file.");

  const tooLarge = await page.request.post("/api/import/preview", {
    multipart: { file: { name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(10 * 1024 * 1024 + 10, "a") } },
  });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toEqual({ error: "huge.txt is larger than 10 MB." });

  const badSave = await page.request.post("/api/import", {
    data: { text: article, title: "x", excludedCardKeys: ["not-a-card"] },
  });
  expect(badSave.status()).toBe(400);
  expect(await badSave.json()).toEqual({
    error: "Some unticked cards are not part of this article.",
    field: "excludedCardKeys",
  });
  const untitled = await page.request.post("/api/import", { data: { text: article, title: "  " } });
  expect(untitled.status()).toBe(400);
  expect(await untitled.json()).toEqual({ error: "Give the deck a title.", field: "title" });
  expect(await countRows("Deck", `"ownerId" = (SELECT id FROM "User" WHERE email = $1)`, [email])).toBe(0);
});

test("a PDF upload is read through its text layer", async ({ page }) => {
  await signUp(page, uniqueEmail("pdf"));
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload a file" }).click();
  await page
    .locator('input[type="file"]')
    .setInputFiles(path.join(__dirname, "../tests/fixtures/articles/coral-bleaching.pdf"));
  await page.getByRole("button", { name: "Generate cards" }).click();
  await expect(page.getByLabel("Deck title")).toHaveValue("Coral Bleaching Under Marine Heatwaves");
  await expect(page.getByTestId("article-text")).not.toContainText("Marine Ecology Letters");
});
