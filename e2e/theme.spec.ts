import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test.use({ colorScheme: "light" });

test("the theme follows the device until Settings overrides it, and the choice stays on this device", async ({
  page,
  browser,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("theme"));
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);

  await page.goto("/settings");
  await page.getByLabel("Dark").check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background()).not.toBe(light);

  // Rendered by the server from the device's cookie: dark from the first paint, on every page.
  await page.goto("/review");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await background();
  expect(dark).not.toBe(light);

  await page.goto("/settings");
  await page.getByLabel("Same as this device").check();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  expect(await background()).toBe(light);

  // A device set to dark gets the dark theme with no choice made.
  const darkDevice = await browser.newContext({ colorScheme: "dark", baseURL });
  const other = await darkDevice.newPage();
  await other.goto("/signin");
  expect(await other.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  await darkDevice.close();
});
