import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { countRows, signUp, uniqueEmail } from "./helpers";

test("the review API refuses anonymous and malformed requests and writes nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const anonymousGrade = await anonymous.post("/api/reviews", {
    data: { cardId: "x", rating: 3, clientReviewId: randomUUID(), expectedVersion: 0 },
  });
  expect(anonymousGrade.status()).toBe(401);
  expect((await anonymousGrade.json()).error).toBe("Sign in to continue.");
  await anonymous.dispose();

  const email = uniqueEmail("api");
  await signUp(page, email);
  const cardId = await page.getByTestId("review-card").getAttribute("data-card-id");
  const userLogs = () => countRows("ReviewLog", `"userId" = (SELECT id FROM "User" WHERE email = $1)`, [email]);

  // Validation failures name the field apart from the message; domain failures name none.
  const cases = [
    {
      data: { cardId, rating: 5, clientReviewId: randomUUID(), expectedVersion: 0 },
      status: 400,
      body: { error: "Choose a grade from 1 (Again) to 4 (Easy).", field: "rating" },
    },
    {
      data: { cardId, rating: 3, clientReviewId: "not-a-uuid", expectedVersion: 0 },
      status: 400,
      body: { error: "Each review needs a UUID that identifies it.", field: "clientReviewId" },
    },
    {
      data: { cardId: "no-such-card", rating: 3, clientReviewId: randomUUID(), expectedVersion: 0 },
      status: 404,
      body: { error: "That card is not in your deck." },
    },
    {
      data: { cardId, rating: 3, clientReviewId: randomUUID(), expectedVersion: 7 },
      status: 409,
      body: { error: "This card was graded elsewhere (another tab?). Its fresh state has been loaded." },
    },
  ];
  for (const { data, status, body } of cases) {
    const response = await page.request.post("/api/reviews", { data });
    expect(response.status()).toBe(status);
    expect(await response.json()).toEqual(body);
  }
  // A cross-site form can send text/plain without a preflight: only JSON is read.
  const notJson = await page.request.post("/api/reviews", {
    data: "rating=3",
    headers: { "content-type": "text/plain" },
  });
  expect(notJson.status()).toBe(415);
  expect(await notJson.json()).toEqual({ error: "Send the request as JSON (Content-Type: application/json)." });
  const badJson = await page.request.post("/api/reviews", {
    data: Buffer.from("{rating:"),
    headers: { "content-type": "application/json" },
  });
  expect(badJson.status()).toBe(400);
  expect(await badJson.json()).toEqual({ error: "The request body must be JSON." });
  expect(await userLogs()).toBe(0);

  const clientReviewId = randomUUID();
  const grade = () =>
    page.request.post("/api/reviews", { data: { cardId, rating: 3, clientReviewId, expectedVersion: 0 } });
  const first = await (await grade()).json();
  const retry = await (await grade()).json();
  expect(first.result.duplicate).toBe(false);
  expect(retry.result.duplicate).toBe(true);
  expect(retry.result.state.due).toBe(first.result.state.due);
  expect(first.next.cardId).not.toBe(cardId);
  expect(await userLogs()).toBe(1);
});
