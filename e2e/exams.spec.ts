import { expect, test, type Page } from "@playwright/test";
import { FSRS6_DEFAULT_DECAY } from "ts-fsrs";
import { queryDatabase, signUp, uniqueEmail } from "./helpers";

const DAY_MS = 86_400_000;

/** Reveals and grades Good the current card. */
async function gradeGood(page: Page) {
  const card = page.getByTestId("review-card");
  const cardId = await card.getAttribute("data-card-id");
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(card).not.toHaveAttribute("data-card-id", cardId!);
}

/** FSRS-6 recall after `days` at stability `stability`, with the default decay (no trained weights). */
function recall(days: number, stability: number) {
  if (!(stability > 0)) return 0;
  const factor = Math.pow(0.9, -1 / FSRS6_DEFAULT_DECAY) - 1;
  return Math.pow(1 + (factor * Math.max(0, days)) / stability, -FSRS6_DEFAULT_DECAY);
}

/** A typo the matcher forgives: one letter of the longest word dropped. */
function misspell(answer: string) {
  const words = answer.split(" ");
  const longest = words.reduce((best, word, index) => (word.length > words[best].length ? index : best), 0);
  const word = words[longest];
  words[longest] = word.slice(0, 2) + word.slice(3);
  return words.join(" ");
}

const valueOf = async (page: Page, testId: string) => Number(await page.getByTestId(testId).getAttribute("data-value"));

test("an exam 7 days ahead: readiness from the database, a 10-question practice test with a typo, results and logged reviews", async ({
  page,
}) => {
  const email = uniqueEmail("exam");
  await signUp(page, email);
  for (let i = 0; i < 3; i++) await gradeGood(page);
  await expect(page.getByText("Saving…")).toHaveCount(0);
  const [{ id: userId }] = await queryDatabase<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);

  // 1. Create an exam 7 days ahead (the student's zone is UTC by default).
  const examLocal = new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 16);
  await page.getByRole("navigation").getByRole("link", { name: "Exams" }).click();
  await expect(page.getByTestId("no-exams")).toBeVisible();
  await page.getByRole("link", { name: "New exam" }).click();
  await page.getByLabel("Exam name").fill("Metastasis final");
  await page.getByLabel("Date and time").fill(examLocal);
  await expect(page.getByLabel("The whole deck")).toBeChecked();
  await page.getByRole("button", { name: "Create exam" }).click();
  await expect(page.getByTestId("exam-name")).toHaveText("Metastasis final");
  await expect(page.getByTestId("exam-countdown")).toHaveText(/in (6 days 23 hours|7 days)/);

  // 2. Readiness against the database: mean R at exam time over the covered cards, 0 if never studied.
  const [exam] = await queryDatabase<{ id: string; examAt: Date }>(
    `SELECT id, "examAt" FROM "Exam" WHERE "userId" = $1`,
    [userId],
  );
  expect(exam.examAt.toISOString().slice(0, 16)).toBe(examLocal);
  const states = await queryDatabase<{ stability: number; lastReview: Date | null }>(
    `SELECT s.stability, s."lastReview" FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
     JOIN "Deck" d ON d.id = c."deckId" WHERE s."userId" = $1 AND d."ownerId" IS NULL AND c."retiredAt" IS NULL`,
    [userId],
  );
  const recalls = states.map((state) =>
    state.lastReview ? recall((exam.examAt.getTime() - state.lastReview.getTime()) / DAY_MS, state.stability) : 0,
  );
  expect(states.length).toBeGreaterThanOrEqual(10);
  expect(recalls.filter((r) => r > 0)).toHaveLength(3);
  expect(await valueOf(page, "readiness-score")).toBeCloseTo(recalls.reduce((a, b) => a + b, 0) / states.length, 9);
  expect(await valueOf(page, "readiness-below")).toBe(recalls.filter((r) => r < 0.9).length);
  await expect(page.getByTestId("topic-readiness-row")).toHaveCount(10);
  const planDays = await page.getByTestId("plan-reviews").allInnerTexts();
  expect(planDays.length).toBeGreaterThanOrEqual(7);
  expect(planDays.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  expect(await valueOf(page, "readiness-projected")).toBeGreaterThan(await valueOf(page, "readiness-score"));
  await expect(page.getByTestId("budget-sentence")).toContainText("50 reviews a day");

  // 3. A 10-question practice test: one typed answer misspelled, one wrong on purpose, the rest right.
  await page.getByLabel("Questions").fill("10");
  await page.getByRole("button", { name: "Start a practice test" }).click();
  await expect(page).toHaveURL(/\/practice\/[^/]+$/);
  let misspelled: { id: string; given: string } | null = null;
  let wrongId: string | null = null;
  for (let i = 0; i < 10; i++) {
    const question = page.getByTestId("practice-question");
    const id = (await question.getAttribute("data-question-id"))!;
    const format = await question.getAttribute("data-format");
    const [{ answer }] = await queryDatabase<{ answer: string }>(
      `SELECT answer FROM "PracticeQuestion" WHERE id = $1`,
      [id],
    );
    if (format === "cloze") {
      let given = answer;
      if (!misspelled && answer.replace(/\W/g, "").length >= 8) {
        given = misspell(answer);
        misspelled = { id, given };
      } else if (!wrongId && misspelled) {
        given = "certainly not this";
        wrongId = id;
      }
      await page.getByLabel("Your answer").fill(given);
    } else if (!wrongId && format === "multiple_choice" && misspelled) {
      const radios = question.getByRole("radio");
      const values = await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      await radios.nth(values.findIndex((value) => value !== answer)).check();
      wrongId = id;
    } else {
      await question.getByRole("radio", { name: answer, exact: true }).check();
    }
    await page.getByRole("button", { name: "Save answer" }).click();
    await expect(page.getByTestId("practice-progress")).toHaveText(`${i + 1} of 10 answered`);
  }
  expect(misspelled).not.toBeNull();

  // 4. Submit: the score page and the logged reviews.
  await page.getByTestId("practice-submit").click();
  await expect(page).toHaveURL(/\/results$/);
  const questions = await queryDatabase<{
    id: string;
    cardId: string;
    correct: boolean;
    rating: number;
    clientReviewId: string;
    given: string;
  }>(
    `SELECT q.id, q."cardId", q.correct, q.rating, q."clientReviewId", q.given FROM "PracticeQuestion" q
     JOIN "PracticeTest" t ON t.id = q."testId" WHERE t."userId" = $1 AND t.status = 'submitted'`,
    [userId],
  );
  const correct = questions.filter((q) => q.correct).length;
  expect(correct).toBe(wrongId ? 9 : 10);
  expect(questions.find((q) => q.id === misspelled!.id)).toMatchObject({ correct: true, rating: 3 });
  await expect(page.getByTestId("practice-score")).toHaveText(`${correct} / 10 (${correct * 10}%)`);
  await expect(page.getByTestId("practice-match")).toContainText(`“${misspelled!.given}”`);
  await expect(page.getByTestId("practice-match")).toContainText("1 typo forgiven");

  const logs = await queryDatabase<{ clientReviewId: string; cardId: string; rating: number }>(
    `SELECT "clientReviewId", "cardId", rating FROM "ReviewLog" WHERE "userId" = $1`,
    [userId],
  );
  expect(logs).toHaveLength(13);
  for (const question of questions) {
    const log = logs.find((entry) => entry.clientReviewId === question.clientReviewId);
    expect(log).toEqual({
      clientReviewId: question.clientReviewId,
      cardId: question.cardId,
      rating: question.correct ? 3 : 1,
    });
  }

  if (wrongId) {
    const wrong = questions.find((q) => q.id === wrongId)!;
    await expect(page.getByTestId("practice-mistake")).toHaveCount(1);
    await expect(page.getByTestId("practice-mistake")).toContainText("Right answer:");
    await page.getByRole("link", { name: /Review these now/ }).click();
    await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", wrong.cardId);
  }
});
