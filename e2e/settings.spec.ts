import { expect, test } from "@playwright/test";
import { queryDatabase, signUp, uniqueEmail } from "./helpers";

test("a student lowers the daily new-card limit and today's queue follows; bad values are refused", async ({
  page,
}) => {
  const email = uniqueEmail("settings");
  await signUp(page, email);
  await page.getByRole("navigation").getByRole("link", { name: "Settings" }).click();
  await expect(page.getByLabel("New cards per day")).toHaveValue("20");

  await page.getByLabel("Desired retention (%)").fill("50");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText("Desired retention must be between 70% and 99%.");
  const [unchanged] = await queryDatabase<{ desiredRetention: number }>(
    `SELECT "desiredRetention" FROM "UserSettings" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  expect(unchanged.desiredRetention).toBe(0.9);
  // The API names the field at fault apart from the message the form shows.
  const refused = await page.request.put("/api/settings", {
    data: { dailyNewLimit: 20, desiredRetention: 0.5, timeZone: "UTC", dayRolloverHour: 4 },
  });
  expect(refused.status()).toBe(400);
  expect(await refused.json()).toEqual({
    error: "Desired retention must be between 70% and 99%.",
    field: "desiredRetention",
  });

  await page.getByLabel("Desired retention (%)").fill("85");
  await page.getByLabel("New cards per day").fill("5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("settings-status")).toHaveText("Saved. Your next review uses these settings.");

  await page.goto("/review");
  await expect(page.getByTestId("queue-counts")).toHaveText("0 due · 5 new");
  await page.goto("/settings");
  await expect(page.getByLabel("Desired retention (%)")).toHaveValue("85");
});
