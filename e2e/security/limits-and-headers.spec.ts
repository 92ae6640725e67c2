/**
 * Body limits enforced while the body streams, security headers on pages and API responses,
 * same-site checks on state-changing requests, and generation that neither blocks other
 * requests nor runs past its time limit.
 */
import { expect, test, type Page } from "@playwright/test";
import { signUp, uniqueEmail } from "../helpers";
import { rowCounts } from "./db-counts";
import { AppServer } from "./app-server";
import { serverRssMb, streamChunked } from "./http-client";
import { freePort } from "./private-postgres";

const port = Number(process.env.E2E_PORT ?? 3100);
const MB = 1024 * 1024;

async function cookieHeader(page: Page): Promise<string> {
  return (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test("bodies past a route's limit are refused while they stream, chunked or not", async ({ page, baseURL }) => {
  await signUp(page, uniqueEmail("limits"));
  const cookie = await cookieHeader(page);
  const before = await rowCounts();
  const rssBefore = serverRssMb(port);

  const signUpBody = await streamChunked(`${baseURL}/api/signup`, { "content-type": "application/json" }, 400 * MB);
  expect(signUpBody.status).toBe(413);
  const upload = await streamChunked(
    `${baseURL}/api/import/preview`,
    { cookie, "content-type": "multipart/form-data; boundary=x" },
    200 * MB,
  );
  expect(upload.status).toBe(413);
  const signIn = await streamChunked(
    `${baseURL}/api/signin`,
    { "content-type": "application/x-www-form-urlencoded" },
    50 * MB,
  );
  expect(signIn.status).toBe(413);
  const nextAuthForm = await streamChunked(
    `${baseURL}/api/auth/signout`,
    { "content-type": "application/x-www-form-urlencoded" },
    50 * MB,
  );
  expect(nextAuthForm.status).toBe(413);

  const rssGrowth = serverRssMb(port) - rssBefore;
  console.log(
    `[limits] 400 MB JSON refused after ${(signUpBody.sentBytes / MB).toFixed(1)} MB sent, ` +
      `200 MB upload after ${(upload.sentBytes / MB).toFixed(1)} MB (${upload.ms.toFixed(0)} ms), ` +
      `50 MB sign-in form after ${(signIn.sentBytes / MB).toFixed(1)} MB, ` +
      `50 MB next-auth form after ${(nextAuthForm.sentBytes / MB).toFixed(1)} MB; ` +
      `server RSS grew ${rssGrowth.toFixed(0)} MB`,
  );
  expect(upload.sentBytes).toBeLessThan(100 * MB);
  expect(rssGrowth).toBeLessThan(150);

  const declared = await page.request.post("/api/signup", {
    data: Buffer.from("x".repeat(70 * 1024)),
    headers: { "content-type": "application/json" },
  });
  expect(declared.status()).toBe(413);
  expect(await rowCounts()).toEqual(before);
});

test("pages carry a nonce CSP, no framing, nosniff, no referrer and HSTS, and still work in Chromium", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/signup");
  const headers = response!.headers();
  const policy = headers["content-security-policy"];
  const nonce = policy.match(/script-src[^;]*'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  const scripts = await page
    .locator("script")
    .evaluateAll((all) => all.map((script) => (script as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);

  // Signing up needs the page's scripts; a blocked script would leave the form dead.
  await signUp(page, uniqueEmail("csp"));
  await page.goto("/import");
  await page.goto("/settings");
  expect(violations).toEqual([]);

  const api = await page.request.get("/api/auth/csrf");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("state-changing requests from another site, or not in the expected form, are refused and write nothing", async ({
  page,
}) => {
  await signUp(page, uniqueEmail("csrf"));
  const before = await rowCounts();
  const crossSite = [
    page.request.put("/api/settings", { headers: { origin: "https://evil.example" }, data: {} }),
    page.request.post("/api/reviews", { headers: { "sec-fetch-site": "cross-site" }, data: {} }),
    page.request.post("/api/import/preview", {
      headers: { origin: "https://evil.example" },
      multipart: { text: "An article." },
    }),
    page.request.post("/api/auth/signout", { headers: { origin: "null" }, form: { csrfToken: "x" } }),
  ];
  for (const response of await Promise.all(crossSite)) expect(response.status()).toBe(403);

  const jsonToAuth = await page.request.post("/api/auth/callback/credentials", {
    data: Buffer.from('{"email": '),
    headers: { "content-type": "application/json" },
  });
  expect(jsonToAuth.status()).toBe(415);
  const nulInForm = await page.request.post("/api/auth/callback/credentials", {
    form: { email: "a\u0000@b.c", password: "x" },
  });
  expect(nulInForm.status()).toBe(400);
  // Sign-in and sign-up take plain forms too (they work without JavaScript); the other JSON routes do not.
  const formToJson = await page.request.put("/api/settings", {
    form: { dailyNewLimit: "5", desiredRetention: "0.9", timeZone: "UTC", dayRolloverHour: "4" },
  });
  expect(formToJson.status()).toBe(415);
  const nulInSignUp = await page.request.post("/api/signup", {
    form: { email: uniqueEmail("nul"), password: "a long and unusual passphrase", name: "a\u0000b" },
  });
  expect(nulInSignUp.status()).toBe(400);
  expect(await rowCounts()).toEqual(before);
});

test("a huge article hits the time limit in a worker while other requests are answered at once", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, uniqueEmail("slow"));
  const article = "Smith et al. (2020) showed that the cells grow. ".repeat(190_000);
  const started = performance.now();
  const importing = page.request.post("/api/import/preview", { multipart: { text: article }, timeout: 90_000 });
  await page.waitForTimeout(3_000);
  const latencies: number[] = [];
  for (let i = 0; i < 10; i++) {
    const sent = performance.now();
    expect((await page.request.get("/api/review/queue")).status()).toBe(200);
    latencies.push(performance.now() - sent);
  }
  const response = await importing;
  const elapsed = (performance.now() - started) / 1000;
  console.log(
    `[worker] ${(article.length / MB).toFixed(1)} MB article: ${response.status()} after ${elapsed.toFixed(1)} s; ` +
      `queue reads meanwhile: max ${Math.max(...latencies).toFixed(0)} ms`,
  );
  expect(Math.max(...latencies)).toBeLessThan(2_000);
  expect(response.status()).toBe(422);
  expect((await response.json()).error).toMatch(/took too long to process/);
  expect(elapsed).toBeLessThan(40);
});

test("behind an HTTPS proxy (NEXTAUTH_URL https://…) session cookies are Secure and host-only", async () => {
  const server = new AppServer(await freePort(), process.env.DATABASE_URL ?? "", "https://claimdeck.example");
  await server.start();
  try {
    const cookies = (await fetch(`${server.url}/api/auth/csrf`)).headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/^__(Host|Secure)-next-auth\./);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
    }
  } finally {
    server.kill();
  }
});
