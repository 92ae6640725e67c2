import { expect, test, type Page } from "@playwright/test";
import { PHONE } from "./phone";
import { countRows, currentCardId, PASSWORD, uniqueEmail } from "./helpers";

test.use(PHONE);

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${where} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
}

test("on a phone a student signs up, reviews by tapping, and no page scrolls sideways", async ({ page }) => {
  const email = uniqueEmail("phone");
  await page.goto("/signup");
  await expectNoSidewaysScroll(page, "/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).tap();
  await page.waitForURL("**/review");
  await expectNoSidewaysScroll(page, "/review");

  const viewportHeight = page.viewportSize()!.height;
  for (let i = 0; i < 3; i++) {
    const cardId = await currentCardId(page);
    await page.getByTestId("card-prompt").tap();
    await expect(page.getByTestId("card-answer")).toBeVisible();
    await expectNoSidewaysScroll(page, "/review with the answer shown");
    const good = page.getByRole("button", { name: /^Good/ });
    const box = (await good.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // Within thumb reach: the grades sit in the bottom third of the screen.
    expect(box.y).toBeGreaterThan(viewportHeight * 0.66);
    await good.tap();
    await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", cardId);
  }
  await expect(page.getByText("3 reviewed")).toBeVisible();
  await expect(page.getByText("Saving…")).toHaveCount(0);
  expect(await countRows("ReviewLog", `"userId" = (SELECT id FROM "User" WHERE email = $1)`, [email])).toBe(3);

  // The header folds into a menu; every page fits the phone's width.
  for (const link of ["Progress", "Import", "Settings"]) {
    await page.getByText("Menu").tap();
    await page.getByRole("navigation").getByRole("link", { name: link }).tap();
    await page.waitForURL(`**/${link.toLowerCase()}`);
    await expectNoSidewaysScroll(page, `/${link.toLowerCase()}`);
  }
  await page.goto("/");
  await expectNoSidewaysScroll(page, "/");
});

test("at 360 px wide, the narrowest supported phone, signed-out and signed-in pages fit", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/signin", "/signup"]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
  await page.goto("/signup");
  await page.getByLabel("Email").fill(uniqueEmail("narrow"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).tap();
  await page.waitForURL("**/review");
  await page.getByRole("button", { name: /Show answer/ }).tap();
  for (const path of ["/review", "/", "/progress", "/import", "/settings"]) {
    if (path !== "/review") await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
});
