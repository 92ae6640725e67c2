import { expect, test, type APIRequestContext } from "@playwright/test";
import { countRows, queryDatabase } from "./helpers";
import { signUpOverApi } from "./security/auth-helpers";

const DAY_MS = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 16);

async function seedDeck() {
  const [deck] = await queryDatabase<{ id: string }>(`SELECT id FROM "Deck" WHERE "ownerId" IS NULL LIMIT 1`);
  return deck.id;
}

const examBody = (deckId: string, overrides: Record<string, unknown> = {}) => ({
  name: "Pharmacology",
  examAt: inDays(7),
  timeZone: "UTC",
  budget: { unit: "reviews", perDay: 40 },
  coverage: [{ deckId, topicIds: [] }],
  ...overrides,
});

async function expectRefused(
  response: Awaited<ReturnType<APIRequestContext["post"]>>,
  status: number,
  message: RegExp,
) {
  expect(response.status()).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(body.error).toMatch(message);
}

test("exam and practice routes refuse bad input with a clear 4xx, write nothing, and keep each student's exams their own", async ({
  playwright,
  baseURL,
}) => {
  const owner = await playwright.request.newContext({ baseURL });
  const intruder = await playwright.request.newContext({ baseURL });
  const { id: ownerId } = await signUpOverApi(owner, "exam-owner");
  const { id: intruderId } = await signUpOverApi(intruder, "exam-intruder");
  const deckId = await seedDeck();

  const cases: [Record<string, unknown>, RegExp][] = [
    [{ examAt: inDays(-1) }, /in the past/],
    [{ budget: { unit: "reviews", perDay: 0 } }, /budget of 0/],
    [{ coverage: [] }, /at least one deck/],
    [{ coverage: [{ deckId: "nope", topicIds: [] }] }, /not one of yours/],
    [{ name: "bad\u0000name" }, /isn't allowed/],
    [{ examAt: "next tuesday" }, /YYYY-MM-DDTHH:MM/],
  ];
  for (const [overrides, message] of cases)
    await expectRefused(await owner.post("/api/exams", { data: examBody(deckId, overrides) }), 400, message);
  const notJson = await owner.post("/api/exams", { headers: { "content-type": "text/plain" }, data: "name=x" });
  expect(notJson.status()).toBe(415);
  expect(await countRows("Exam", `"userId" = $1`, [ownerId])).toBe(0);

  const created = await owner.post("/api/exams", { data: examBody(deckId) });
  expect(created.status()).toBe(201);
  const { exam } = (await created.json()) as { exam: { id: string } };
  const started = await owner.post(`/api/exams/${exam.id}/practice`, { data: { questions: 2 } });
  expect(started.status()).toBe(201);
  const { testId } = (await started.json()) as { testId: string };
  await expectRefused(await owner.post(`/api/exams/${exam.id}/practice`, { data: { questions: 61 } }), 400, /at most/);

  const [question] = await queryDatabase<{ id: string }>(
    `SELECT id FROM "PracticeQuestion" WHERE "testId" = $1 ORDER BY position LIMIT 1`,
    [testId],
  );
  const foreign: [string, Promise<Awaited<ReturnType<APIRequestContext["get"]>>>][] = [
    ["GET exam", intruder.get(`/api/exams/${exam.id}`)],
    ["PUT exam", intruder.put(`/api/exams/${exam.id}`, { data: examBody(deckId, { name: "Mine" }) })],
    ["DELETE exam", intruder.delete(`/api/exams/${exam.id}`)],
    ["start test", intruder.post(`/api/exams/${exam.id}/practice`, { data: {} })],
    ["GET test", intruder.get(`/api/practice/${testId}`)],
    ["answer", intruder.post(`/api/practice/${testId}/answers`, { data: { questionId: question.id, answer: "x" } })],
    ["submit", intruder.post(`/api/practice/${testId}/submit`)],
    ["abandon", intruder.post(`/api/practice/${testId}/abandon`)],
  ];
  for (const [label, request] of foreign) expect([label, (await request).status()]).toEqual([label, 404]);
  const oddId = await owner.get(`/api/exams/${encodeURIComponent("a\u0000b")}`);
  expect([400, 404]).toContain(oddId.status());
  expect(await countRows("Exam", `"userId" = $1`, [intruderId])).toBe(0);
  expect(await countRows("PracticeTest", `"userId" = $1`, [intruderId])).toBe(0);
  expect(await countRows("PracticeQuestion", `"testId" = $1 AND "answeredAt" IS NOT NULL`, [testId])).toBe(0);
  const [kept] = await queryDatabase<{ name: string }>(`SELECT name FROM "Exam" WHERE id = $1`, [exam.id]);
  expect(kept.name).toBe("Pharmacology");

  const page = await intruder.get(`/exams/${exam.id}`);
  expect(page.status()).toBe(404);
  expect((await owner.delete(`/api/exams/${exam.id}`)).status()).toBe(204);
  expect(await countRows("PracticeTest", `"examId" = $1`, [exam.id])).toBe(0);
});
