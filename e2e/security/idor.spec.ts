import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { queryDatabase, signUp, uniqueEmail } from "../helpers";
import { signUpOverApi } from "./auth-helpers";

const article = readFileSync(
  path.join(__dirname, "../../tests/fixtures/articles/monetary-policy-no-citations.md"),
  "utf8",
);
const SETTINGS = { dailyNewLimit: 7, desiredRetention: 0.85, timeZone: "Asia/Tokyo", dayRolloverHour: 2 };

/** What the owner has, as the database holds it: the attacker's requests must leave all of it as it was. */
async function ownerSnapshot(ownerId: string, deckId: string) {
  const [deck, states, logs, settings] = await Promise.all([
    queryDatabase(`SELECT title, "ownerId" FROM "Deck" WHERE id = $1`, [deckId]),
    queryDatabase(`SELECT "cardId", version, due, reps FROM "CardState" WHERE "userId" = $1 ORDER BY "cardId"`, [
      ownerId,
    ]),
    queryDatabase(`SELECT "clientReviewId", "cardId" FROM "ReviewLog" WHERE "userId" = $1 ORDER BY id`, [ownerId]),
    queryDatabase(`SELECT "dailyNewLimit", "timeZone" FROM "UserSettings" WHERE "userId" = $1`, [ownerId]),
  ]);
  return { deck, states, logs, settings };
}

async function ownerWithData(owner: APIRequestContext) {
  const { id } = await signUpOverApi(owner, "owner");
  const saved = await owner.post("/api/import", { data: { text: article, title: "Owner's private deck" } });
  expect(saved.status()).toBe(201);
  const { deckId } = (await saved.json()) as { deckId: string };
  const cardIds = (await queryDatabase<{ id: string }>(`SELECT id FROM "Card" WHERE "deckId" = $1`, [deckId])).map(
    (row) => row.id,
  );
  const [state] = await queryDatabase<{ version: number }>(
    `SELECT version FROM "CardState" WHERE "userId" = $1 AND "cardId" = $2`,
    [id, cardIds[0]],
  );
  const clientReviewId = randomUUID();
  const graded = await owner.post("/api/reviews", {
    data: { cardId: cardIds[0], rating: 3, clientReviewId, expectedVersion: state.version },
  });
  expect(graded.status()).toBe(200);
  expect((await owner.put("/api/settings", { data: SETTINGS })).status()).toBe(200);
  return { id, deckId, cardIds, clientReviewId };
}

test("another user's decks, cards, reviews, settings and imports are out of reach of every route and page", async ({
  page,
  playwright,
  baseURL,
}) => {
  const ownerContext = await playwright.request.newContext({ baseURL });
  const owner = await ownerWithData(ownerContext);
  const before = await ownerSnapshot(owner.id, owner.deckId);

  await signUp(page, uniqueEmail("intruder"));
  const api = page.request;
  const [ownState] = await queryDatabase<{ cardId: string; version: number }>(
    `SELECT "cardId", version FROM "CardState" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1) LIMIT 1`,
    [await page.getByTestId("signed-in-as").textContent()],
  );

  // Grading the owner's cards, with the owner's versions, and with ids the client should never decide.
  for (const cardId of owner.cardIds.slice(0, 3)) {
    const response = await api.post("/api/reviews", {
      data: { cardId, rating: 4, clientReviewId: randomUUID(), expectedVersion: 1, userId: owner.id },
    });
    expect(response.status(), `grade ${cardId}`).toBe(404);
    expect(await response.json()).toEqual({ error: "That card is not in your deck." });
  }
  // The owner's clientReviewId: undo refuses it; reusing it on one's own card is one's own new review.
  const undo = await api.post("/api/reviews/undo", {
    data: { clientReviewId: owner.clientReviewId, userId: owner.id },
  });
  expect(undo.status()).toBe(404);
  expect(await undo.json()).toEqual({ error: "There is no such review to undo." });
  const reuse = await api.post("/api/reviews", {
    data: {
      cardId: ownState.cardId,
      rating: 3,
      clientReviewId: owner.clientReviewId,
      expectedVersion: ownState.version,
    },
  });
  expect(reuse.status()).toBe(200);
  expect((await reuse.json()).result.duplicate).toBe(false);

  // The queue, settings and imports take no user id; ids slipped into bodies change nothing of the owner's.
  const queue = (await (await api.get("/api/review/queue")).json()) as { cards: { cardId: string }[] };
  expect(queue.cards.some((card) => owner.cardIds.includes(card.cardId))).toBe(false);
  const ownSettings = await api.get("/api/settings");
  expect(await ownSettings.json()).not.toMatchObject({ dailyNewLimit: SETTINGS.dailyNewLimit });
  const put = await api.put("/api/settings", { data: { ...SETTINGS, dailyNewLimit: 3, userId: owner.id } });
  expect(put.status()).toBe(200);
  const reimport = await api.post("/api/import", {
    data: { text: article, title: "Mine now", ownerId: owner.id, deckId: owner.deckId },
  });
  expect(reimport.status()).toBe(201);
  expect((await reimport.json()).deckId).not.toBe(owner.deckId);

  // Pages: the owner's deck is neither listed nor studied, and its cards never appear.
  await page.goto("/");
  await expect(page.getByTestId("your-decks")).toContainText("Mine now");
  await expect(page.getByTestId("your-decks")).not.toContainText("Owner's private deck");
  await page.goto(`/review?deck=${owner.deckId}`);
  await expect(page.getByText("That deck is not one of yours")).toBeVisible();
  const shown = await page.getByTestId("review-card").getAttribute("data-card-id");
  expect(owner.cardIds).not.toContain(shown);
  await page.goto("/settings");
  await expect(page.getByLabel("New cards per day")).toHaveValue("3");

  expect(await ownerSnapshot(owner.id, owner.deckId)).toEqual(before);
  await ownerContext.dispose();
});

test("every API route refuses a request without a session, and writes nothing", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const routes: [string, string, unknown][] = [
    ["GET", "/api/review/queue", undefined],
    ["POST", "/api/reviews", { cardId: "x", rating: 3, clientReviewId: randomUUID(), expectedVersion: 0 }],
    ["POST", "/api/reviews/undo", { clientReviewId: randomUUID() }],
    ["GET", "/api/settings", undefined],
    ["PUT", "/api/settings", SETTINGS],
    ["POST", "/api/import/preview", { text: article }],
    ["POST", "/api/import", { text: article, title: "Anonymous" }],
    ["PUT", "/api/account/password", { currentPassword: "x", newPassword: "violet trombone mackerel" }],
    ["POST", "/api/account/sign-out-everywhere", {}],
  ];
  for (const [method, url, data] of routes) {
    const response = await anonymous.fetch(url, { method, data });
    expect(response.status(), `${method} ${url}`).toBe(401);
  }
  expect(await queryDatabase(`SELECT 1 FROM "Deck" WHERE title = 'Anonymous'`)).toEqual([]);
  await anonymous.dispose();
});
