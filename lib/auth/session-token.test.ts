import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionUserId } from "./session-token";

const SECRET = "a-test-secret-of-enough-length-0123456789";
const CLAIMS = { sub: "user-1", sid: "session-1", sv: 0 };
const alwaysCurrent = async () => true;

async function requestWith(token: string) {
  return new NextRequest("http://127.0.0.1/api/reviews", { headers: { cookie: `next-auth.session-token=${token}` } });
}

describe("sessionUserId", () => {
  it("reads the user id of a valid token, again from memory on the next request", async () => {
    const token = await encode({ token: CLAIMS, secret: SECRET });
    expect(await sessionUserId(await requestWith(token), SECRET, alwaysCurrent)).toBe("user-1");
    expect(await sessionUserId(await requestWith(token), SECRET, alwaysCurrent)).toBe("user-1");
  });

  it("refuses a token signed with another secret, an expired token and garbage", async () => {
    const forged = await encode({ token: CLAIMS, secret: "someone-elses-secret-0123456789abcdef" });
    const expired = await encode({ token: CLAIMS, secret: SECRET, maxAge: -10 });
    expect(await sessionUserId(await requestWith(forged), SECRET, alwaysCurrent)).toBeNull();
    expect(await sessionUserId(await requestWith(expired), SECRET, alwaysCurrent)).toBeNull();
    expect(await sessionUserId(await requestWith("not.a.token"), SECRET, alwaysCurrent)).toBeNull();
    expect(await sessionUserId(new NextRequest("http://127.0.0.1/"), SECRET, alwaysCurrent)).toBeNull();
  });

  it("refuses a token without a session id and version, as minted before sessions could be ended", async () => {
    const old = await encode({ token: { sub: "user-1" }, secret: SECRET });
    expect(await sessionUserId(await requestWith(old), SECRET, alwaysCurrent)).toBeNull();
  });

  it("asks on every request whether the session still counts, even for a remembered token", async () => {
    const token = await encode({ token: CLAIMS, secret: SECRET });
    const asked: unknown[] = [];
    let current = true;
    const check = async (claims: unknown) => (asked.push(claims), current);
    expect(await sessionUserId(await requestWith(token), SECRET, check)).toBe("user-1");
    current = false;
    expect(await sessionUserId(await requestWith(token), SECRET, check)).toBeNull();
    expect(asked).toEqual([
      { userId: "user-1", sessionId: "session-1", sessionVersion: 0 },
      { userId: "user-1", sessionId: "session-1", sessionVersion: 0 },
    ]);
  });
});
