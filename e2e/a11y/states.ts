/**
 * Every page and state the accessibility audit visits, in order, with how to reach it. A state
 * starts from wherever the one before left the page, so signed-in states can build on each other
 * (the session summary follows a finished review). To audit a new page, add an entry here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export interface PageState {
  name: string;
  reach: (page: Page) => Promise<void>;
}

const article = readFileSync(
  path.join(__dirname, "../../tests/fixtures/articles/monetary-policy-no-citations.md"),
  "utf8",
);

export const SIGNED_OUT_STATES: PageState[] = [
  { name: "home, signed out", reach: (page) => page.goto("/").then(() => undefined) },
  {
    name: "sign in",
    reach: async (page) => {
      await page.goto("/signin");
      await expect(page.getByRole("heading", { name: "Welcome back" })).toBeVisible();
    },
  },
  {
    name: "sign up",
    reach: async (page) => {
      await page.goto("/signup");
      await expect(page.getByLabel("Email")).toBeVisible();
    },
  },
];

/** Reached after signing up, which lands on /review. */
export const SIGNED_IN_STATES: PageState[] = [
  {
    name: "review, before reveal",
    reach: async (page) => {
      await page.goto("/review");
      await expect(page.getByTestId("review-card")).toBeVisible();
    },
  },
  {
    name: "review, after reveal",
    reach: async (page) => {
      await page.getByRole("button", { name: /Show answer/ }).click();
      await expect(page.getByTestId("card-answer")).toBeVisible();
    },
  },
  {
    name: "review, session summary",
    reach: async (page) => {
      const summary = page.getByTestId("session-summary");
      // Easy sends every new card days away, so the day's queue empties.
      for (let i = 0; i < 40 && !(await summary.isVisible()); i++) {
        const showAnswer = page.getByRole("button", { name: /Show answer/ });
        if (await showAnswer.isVisible()) await showAnswer.click();
        await page.getByRole("button", { name: /^Easy/ }).click();
      }
      await expect(summary).toBeVisible();
      await expect(page.getByText("Saving…")).toHaveCount(0);
    },
  },
  {
    name: "progress",
    reach: async (page) => {
      await page.goto("/progress");
      await expect(page.getByTestId("topic-row").first()).toBeVisible();
    },
  },
  {
    name: "home, signed in",
    reach: async (page) => {
      await page.goto("/");
      await expect(page.getByTestId("your-decks")).toBeVisible();
    },
  },
  {
    name: "import, with a preview",
    reach: async (page) => {
      await page.goto("/import");
      await page.getByLabel("Article text").fill(article);
      await page.getByRole("button", { name: "Generate cards" }).click();
      await expect(page.getByTestId("import-preview")).toBeVisible({ timeout: 30_000 });
    },
  },
  {
    name: "settings",
    reach: async (page) => {
      await page.goto("/settings");
      await expect(page.getByRole("heading", { name: "Study settings" })).toBeVisible();
    },
  },
  {
    name: "flagged cards",
    reach: async (page) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Flagged cards" }).first().click();
      await expect(page).toHaveURL(/\/flags\?deck=/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    },
  },
  {
    name: "exams, none yet",
    reach: async (page) => {
      await page.goto("/exams");
      await expect(page.getByTestId("no-exams")).toBeVisible();
    },
  },
  {
    name: "new exam",
    reach: async (page) => {
      await page.getByRole("link", { name: "New exam" }).click();
      await expect(page.getByLabel("Exam name")).toBeVisible();
    },
  },
  {
    name: "exam readiness and plan",
    reach: async (page) => {
      await page.getByLabel("Exam name").fill("Final");
      await page.getByLabel("Date and time").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 16));
      await page.getByRole("button", { name: "Create exam" }).click();
      await expect(page.getByTestId("readiness-score")).toBeVisible();
    },
  },
  {
    name: "practice test",
    reach: async (page) => {
      await page.getByLabel("Questions").fill("3");
      await page.getByRole("button", { name: "Start a practice test" }).click();
      await expect(page.getByTestId("practice-question")).toBeVisible();
    },
  },
  {
    name: "practice results",
    reach: async (page) => {
      await page.getByTestId("practice-submit").click();
      await expect(page).toHaveURL(/\/results$/);
      await expect(page.getByTestId("practice-score")).toBeVisible();
    },
  },
];
