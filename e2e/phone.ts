import { devices } from "@playwright/test";

/** Pixel 7 in Chromium, without its browser type: the project's stays, and a describe block may not change it. */
export const PHONE = Object.fromEntries(
  Object.entries(devices["Pixel 7"]).filter(([key]) => key !== "defaultBrowserType"),
) as Omit<(typeof devices)["Pixel 7"], "defaultBrowserType">;
