import { expect, test } from "@playwright/test";
import { queryDatabase } from "../helpers";
import {
  clientWithToken,
  createAccount,
  mintToken,
  newSessionClaims,
  serverSecret,
  SESSION_COOKIE,
} from "./auth-helpers";

// What authSecret() fell back to when NEXTAUTH_SECRET was unset: anyone could read it in the repository.
const OLD_FIXED_SECRET = "claimdeck-local-development-secret-change-me";

test("a token signed with the old fixed secret is refused by the API and by pages", async ({
  playwright,
  baseURL,
  page,
  context,
}) => {
  const victim = await createAccount(playwright, baseURL, "victim");
  const forged = await mintToken({ ...newSessionClaims(victim.id), email: victim.email }, OLD_FIXED_SECRET);

  const api = await clientWithToken(playwright, baseURL, forged);
  for (const path of ["/api/settings", "/api/review/queue"]) {
    const response = await api.get(path);
    expect(response.status(), path).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to continue." });
  }
  expect((await api.put("/api/settings", { data: { dailyNewLimit: 1 } })).status()).toBe(401);
  await api.dispose();

  const host = new URL(baseURL!).hostname;
  await context.addCookies([{ name: SESSION_COOKIE, value: forged, domain: host, path: "/" }]);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);
  await expect(page.getByRole("navigation").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("tokens of deleted and never-existing users answer 401, not a server error", async ({ playwright, baseURL }) => {
  const doomed = await createAccount(playwright, baseURL, "deleted");
  const tokenOfDeleted = await mintToken(newSessionClaims(doomed.id), serverSecret());
  const deletedClient = await clientWithToken(playwright, baseURL, tokenOfDeleted);
  expect((await deletedClient.get("/api/settings")).status()).toBe(200);

  await queryDatabase(`DELETE FROM "User" WHERE id = $1`, [doomed.id]);
  const tokenOfGhost = await mintToken(newSessionClaims("no-such-user"), serverSecret());
  const ghostClient = await clientWithToken(playwright, baseURL, tokenOfGhost);
  const settings = { dailyNewLimit: 5, desiredRetention: 0.9, timeZone: "UTC", dayRolloverHour: 4 };
  for (const client of [deletedClient, ghostClient]) {
    const response = await client.put("/api/settings", { data: settings });
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: "Sign in to continue." });
  }
  expect(
    await queryDatabase(`SELECT 1 FROM "UserSettings" WHERE "userId" IN ($1, 'no-such-user')`, [doomed.id]),
  ).toEqual([]);
  await deletedClient.dispose();
  await ghostClient.dispose();
});

test("a token with the right secret but minted before sessions had ids is refused", async ({ playwright, baseURL }) => {
  const user = await createAccount(playwright, baseURL, "oldtoken");
  const client = await clientWithToken(playwright, baseURL, await mintToken({ sub: user.id }, serverSecret()));
  expect((await client.get("/api/settings")).status()).toBe(401);
  await client.dispose();
});
