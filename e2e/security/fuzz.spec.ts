/**
 * Fuzzes every API route's input over HTTP against the production build: random and hostile
 * strings (NUL, lone surrogates, 100 KB words), wrong types, malformed JSON and forms, wrong
 * content types. No answer may be a 5xx, and no refused request may change a row count.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { currentCardId, signUp, uniqueEmail } from "../helpers";
import { rowCounts } from "./db-counts";

interface Probe {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  /** A JSON value, a raw string with its content type, or a multipart form. */
  body?:
    | { json: unknown }
    | { raw: string; type: string }
    | { form: Record<string, string> }
    | { file: Uint8Array; name: string };
}

const hostile = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udc00y",
  "",
  " ",
  "x".repeat(100_000),
  "<script>alert(1)</script>",
  '\'; DROP TABLE "User"; --',
  "%00",
  "../../etc/passwd",
  "😀",
  "\u202e",
  '{"a":',
  "[]",
  "null",
);
const text = fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }));
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
);

function probes(cardId: string): fc.Arbitrary<Probe> {
  const grade = fc.record(
    {
      cardId: fc.oneof(fc.constant(cardId), text),
      rating: fc.oneof(fc.integer({ min: -1, max: 6 }), anyValue),
      clientReviewId: fc.oneof(fc.uuid(), text),
      expectedVersion: fc.oneof(fc.integer({ min: -2, max: 3 }), anyValue),
      durationMs: fc.oneof(fc.integer(), anyValue),
      wantCard: anyValue,
    },
    { requiredKeys: [] },
  );
  const json = (path: string, value: fc.Arbitrary<unknown>, method: "POST" | "PUT" | "DELETE" = "POST") =>
    value.map((body): Probe => ({ method, path, body: { json: body } }));
  const raw = fc
    .record({
      path: fc.constantFrom(
        "/api/signup",
        "/api/signin",
        "/api/reviews",
        "/api/reviews/undo",
        "/api/settings",
        "/api/import",
        "/api/import/preview",
        "/api/auth/callback/credentials",
        "/api/auth/signout",
      ),
      raw: fc.oneof(text, fc.constantFrom("{", '{"email":', "a=%ZZ&b", "--x\r\nContent-Disposition: form-data")),
      type: fc.constantFrom(
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
        "",
      ),
    })
    .map(({ path, raw, type }): Probe => ({
      method: path === "/api/settings" ? "PUT" : "POST",
      path,
      body: { raw, type },
    }));
  const id = fc.oneof(fc.constant(cardId), text, anyValue);
  const cardSafety = fc.oneof(
    json("/api/cards/edit", fc.record({ cardId: id, prompt: anyValue, answer: anyValue }, { requiredKeys: [] })),
    json("/api/cards/suspension", fc.record({ cardId: id, suspended: anyValue }, { requiredKeys: [] }), "PUT"),
    json(
      "/api/cards/flag",
      fc.record(
        { cardId: id, reason: fc.oneof(fc.constantFrom("WRONG", "LEAK"), anyValue), note: anyValue },
        { requiredKeys: [] },
      ),
      "PUT",
    ),
    json("/api/cards/flag", fc.record({ cardId: id }, { requiredKeys: [] }), "DELETE"),
    fc
      .oneof(
        fc.constant(cardId),
        fc.string({ maxLength: 30 }).map(encodeURIComponent),
        fc.constantFrom("%00", "%ED%A0%80"),
      )
      .map((deck): Probe => ({ method: "GET", path: `/api/flags?deck=${deck}` })),
  );
  return fc.oneof(
    cardSafety,
    json(
      "/api/signup",
      fc.record(
        { email: fc.oneof(text, fc.emailAddress()), password: text, name: anyValue, timeZone: anyValue },
        { requiredKeys: [] },
      ),
    ),
    json("/api/reviews", grade),
    json("/api/reviews/undo", fc.record({ clientReviewId: fc.oneof(fc.uuid(), text) }, { requiredKeys: [] })),
    json(
      "/api/settings",
      fc.record(
        { dailyNewLimit: anyValue, desiredRetention: anyValue, timeZone: anyValue, dayRolloverHour: anyValue },
        { requiredKeys: [] },
      ),
      "PUT",
    ),
    json(
      "/api/import",
      fc.record(
        {
          text,
          title: text,
          excludedCardKeys: fc.array(text, { maxLength: 3 }),
          topicNames: fc.dictionary(text, text, { maxKeys: 2 }),
        },
        { requiredKeys: [] },
      ),
    ),
    json("/api/reviews", anyValue),
    fc
      .record({ text })
      .map(({ text }): Probe => ({ method: "POST", path: "/api/import/preview", body: { form: { text } } })),
    fc
      .record({
        bytes: fc.uint8Array({ maxLength: 2_000 }),
        name: fc.oneof(text, fc.constantFrom("a.txt", "a.pdf", "a.md")),
      })
      .map(({ bytes, name }): Probe => ({ method: "POST", path: "/api/import/preview", body: { file: bytes, name } })),
    fc.record({ email: text, password: text, callbackUrl: text }).map((form): Probe => ({
      method: "POST",
      path: "/api/signin",
      body: { raw: new URLSearchParams(form).toString(), type: "application/x-www-form-urlencoded" },
    })),
    fc.record({ email: text, password: text, csrfToken: text }).map((form): Probe => ({
      method: "POST",
      path: "/api/auth/callback/credentials",
      body: {
        raw: new URLSearchParams({ ...form, json: "true" }).toString(),
        type: "application/x-www-form-urlencoded",
      },
    })),
    fc.constantFrom<Probe>(
      { method: "GET", path: "/api/review/queue" },
      { method: "GET", path: "/api/settings" },
      { method: "GET", path: "/api/auth/session" },
      { method: "GET", path: "/api/auth/csrf" },
    ),
    raw,
  );
}

async function send(request: APIRequestContext, probe: Probe) {
  const body = probe.body;
  const options =
    body === undefined
      ? {}
      : // Buffers go out byte for byte: Playwright would JSON-encode a string that is not valid JSON.
        "json" in body
        ? { data: Buffer.from(JSON.stringify(body.json) ?? "null"), headers: { "content-type": "application/json" } }
        : "raw" in body
          ? {
              data: Buffer.from(body.raw),
              headers: body.type ? { "content-type": body.type } : ({} as Record<string, string>),
            }
          : "form" in body
            ? { multipart: body.form }
            : {
                multipart: {
                  file: {
                    name: body.name || "f",
                    mimeType: "application/octet-stream",
                    buffer: Buffer.from(body.file),
                  },
                },
              };
  return request.fetch(probe.path, { method: probe.method, ...options, maxRetries: 0 });
}

export const fuzzFigures = { requests: 0, serverErrors: 0, refusals: 0 };

test("every API route answers fuzzed input without a 5xx, and refused requests write nothing", async ({ page }) => {
  test.setTimeout(240_000);
  await signUp(page, uniqueEmail("fuzz"));
  const cardId = await currentCardId(page);
  const failures: string[] = [];
  await fc.assert(
    fc.asyncProperty(probes(cardId), async (probe) => {
      const before = await rowCounts();
      const response = await send(page.request, probe);
      fuzzFigures.requests++;
      const status = response.status();
      if (status >= 500) {
        fuzzFigures.serverErrors++;
        failures.push(`${probe.method} ${probe.path} → ${status}: ${(await response.text()).slice(0, 200)}`);
      }
      if (status >= 400) {
        fuzzFigures.refusals++;
        expect(await rowCounts(), `${probe.method} ${probe.path} was refused (${status}) but wrote`).toEqual(before);
      }
    }),
    { numRuns: 850, seed: 20261128, endOnFailure: true },
  );
  console.log(
    `[fuzz] ${fuzzFigures.requests} requests, ${fuzzFigures.refusals} refused, ${fuzzFigures.serverErrors} 5xx`,
  );
  expect(failures).toEqual([]);
});

test("NUL and lone surrogates in each named field are a 400 naming the field", async ({ page }) => {
  await signUp(page, uniqueEmail("chars"));
  const cardId = await currentCardId(page);
  const article = readFileSync("prisma/seed-data/cancer-metastasis-review.txt", "utf8");
  for (const bad of ["\u0000", "\ud800"]) {
    const cases: [string, unknown, string][] = [
      [
        "/api/reviews",
        { cardId: `${cardId}${bad}`, rating: 3, clientReviewId: randomUUID(), expectedVersion: 0 },
        "cardId",
      ],
      ["/api/signup", { email: uniqueEmail("x"), password: "long enough password", name: `N${bad}` }, "name"],
      ["/api/import", { text: article, title: `T${bad}` }, "title"],
      ["/api/import", { text: `${article}${bad}`, title: "T" }, "text"],
      ["/api/import", { text: article, title: "T", topicNames: { t: `Topic ${bad}` } }, "topicNames.t"],
    ];
    for (const [path, data, field] of cases) {
      const before = await rowCounts();
      const response = await page.request.post(path, {
        data: Buffer.from(JSON.stringify(data)),
        headers: { "content-type": "application/json" },
      });
      expect(response.status(), `${path} ${field}`).toBe(400);
      expect((await response.json()).field).toBe(field);
      expect(await rowCounts()).toEqual(before);
    }
  }
  // A form is UTF-8 on the wire, where a lone surrogate cannot exist; a NUL can.
  const pasted = await page.request.post("/api/import/preview", { multipart: { text: `${article}\u0000` } });
  expect(pasted.status()).toBe(400);
  expect((await pasted.json()).field).toBe("text");
  for (const deck of ["%00", "%ED%A0%80", "a&deck=b"]) {
    expect((await page.request.get(`/review?deck=${deck}`)).status(), deck).toBe(200);
  }
});
