import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { handleRoute, parseJson } from "./http";
import { ReviewError } from "./review/errors";

const jsonRequest = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost/api/test", { method: "POST", body, headers });

const failWith = (error: unknown) => handleRoute(async () => Promise.reject(error));

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("handleRoute", () => {
  it("answers an unreachable database with a generic 503 and Retry-After", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const outage = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5439"), { code: "ECONNREFUSED" });
    const response = await failWith(outage);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.text()).not.toMatch(/127\.0\.0\.1|5439|ECONNREFUSED/);
  });

  it("sends Retry-After for an AppError that names one", async () => {
    const response = await failWith(new AppError(503, "Busy.", undefined, { retryAfterSeconds: 30 }));
    expect(response.headers.get("retry-after")).toBe("30");
  });

  afterEach(() => vi.restoreAllMocks());

  it("passes a successful response through", async () => {
    const response = await handleRoute(async () => Response.json({ ok: true }, { status: 201 }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("answers an AppError with its status and message, and its field when it has one", async () => {
    const withField = await failWith(new AppError(400, "Choose a grade from 1 to 4.", "rating"));
    expect(withField.status).toBe(400);
    expect(await withField.json()).toEqual({ error: "Choose a grade from 1 to 4.", field: "rating" });

    const withoutField = await failWith(new AppError(401, "Sign in to continue."));
    expect(withoutField.status).toBe(401);
    expect(await withoutField.json()).toEqual({ error: "Sign in to continue." });
  });

  it("answers domain errors, which extend AppError, the same way", async () => {
    const response = await failWith(new ReviewError(409, "Only the latest review of a card can be undone."));
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: "Only the latest review of a card can be undone." });
  });

  it("answers anything else with a generic 500 that leaks nothing, and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = new Error('relation "User" does not exist at postgresql://admin:hunter2@db/claimdeck');
    const response = await failWith(bug);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: "Something went wrong on our side. Please try again." });
    expect(text).not.toMatch(/relation|hunter2|postgresql|stack/i);
    expect(log).toHaveBeenCalledWith(bug);
  });

  it("does not trust a thrown object that merely looks like an AppError", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await failWith({ status: 400, message: "internal detail" });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "Something went wrong on our side. Please try again." });
  });
});

describe("parseJson", () => {
  const schema = z.object(
    {
      rating: z.number({ error: "Choose a grade from 1 to 4." }).int().min(1).max(4),
      topicNames: z.record(z.string(), z.string().min(1, { error: "A topic name can't be empty." })).default({}),
    },
    { error: "Send the grade as a JSON object." },
  );

  it("returns the parsed body", async () => {
    expect(await parseJson(jsonRequest('{"rating":3}'), schema)).toEqual({ rating: 3, topicNames: {} });
  });

  it.each(["rating=3", "", '{"rating":'])("refuses a body that is not JSON (%j) with a 400", async (body) => {
    const error = await caught(parseJson(jsonRequest(body), schema));
    expect(error.status).toBe(400);
    expect(error.message).toBe("The request body must be JSON.");
    expect(error.field).toBeUndefined();
  });

  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])(
    "refuses the content type %j, which a cross-site form can send, with a 415",
    async (type) => {
      const error = await caught(parseJson(jsonRequest('{"rating":3}', type ? { "content-type": type } : {}), schema));
      expect(error.status).toBe(415);
    },
  );

  it("accepts application/json with parameters", async () => {
    const request = jsonRequest('{"rating":3}', { "content-type": "Application/JSON; charset=utf-8" });
    expect(await parseJson(request, schema)).toEqual({ rating: 3, topicNames: {} });
  });

  it.each(["\\u0000", "\\ud800"])("refuses %s in a value or a key with a 400 naming the field", async (escape) => {
    const inValue = await caught(parseJson(jsonRequest(`{"rating":3,"topicNames":{"t1":"a${escape}"}}`), schema));
    expect(inValue).toMatchObject({ status: 400, field: "topicNames.t1" });
    const inKey = await caught(parseJson(jsonRequest(`{"rating":3,"topicNames":{"t${escape}":"a"}}`), schema));
    expect(inKey.status).toBe(400);
  });

  it("refuses a cross-site request with a 403", async () => {
    const error = await caught(
      parseJson(
        jsonRequest('{"rating":3}', {
          "content-type": "application/json",
          "sec-fetch-site": "cross-site",
        }),
        schema,
      ),
    );
    expect(error.status).toBe(403);
  });

  it("reports a schema failure with the message and the field apart", async () => {
    const error = await caught(parseJson(jsonRequest('{"rating":5}'), schema));
    expect(error.status).toBe(400);
    expect(error.message).toBe("Choose a grade from 1 to 4.");
    expect(error.field).toBe("rating");
  });

  it("joins a nested field's path with dots", async () => {
    const error = await caught(parseJson(jsonRequest('{"rating":3,"topicNames":{"t1":""}}'), schema));
    expect(error.message).toBe("A topic name can't be empty.");
    expect(error.field).toBe("topicNames.t1");
  });

  it("names no field when the body as a whole is wrong", async () => {
    const error = await caught(parseJson(jsonRequest("[1, 2]"), schema));
    expect(error.status).toBe(400);
    expect(error.message).toBe("Send the grade as a JSON object.");
    expect(error.field).toBeUndefined();
  });

  it("gives handleRoute what it needs to answer { error, field }", async () => {
    const response = await handleRoute(async () => Response.json(await parseJson(jsonRequest('{"rating":0}'), schema)));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "Choose a grade from 1 to 4.", field: "rating" });
  });
});

describe("parseJson body size", () => {
  const schema = z.object({ note: z.string() });
  const body = JSON.stringify({ note: "x".repeat(100) });

  it("refuses a body declared larger than the limit before reading it", async () => {
    const request = jsonRequest(body, { "content-type": "application/json", "content-length": "5000" });
    const error = await caught(parseJson(request, schema, 1000));
    expect(error.status).toBe(413);
    expect(error.message).toBe("The request is too large.");
  });

  it("refuses a body larger than the limit even when no length is declared", async () => {
    const error = await caught(parseJson(jsonRequest(body), schema, 50));
    expect(error.status).toBe(413);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode("x".repeat(1024)));
      },
    });
    const request = new Request("http://localhost/api/test", {
      method: "POST",
      body: endless,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    const error = await caught(parseJson(request, schema, 10 * 1024));
    expect(error.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });

  it("accepts a body at the limit", async () => {
    const bytes = Buffer.byteLength(body);
    expect(await parseJson(jsonRequest(body), schema, bytes)).toEqual({ note: "x".repeat(100) });
  });
});
