import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionUserId } from "./session-token";

const SECRET = "a-test-secret-of-enough-length-0123456789";

async function requestWith(token: string) {
  return new NextRequest("http://127.0.0.1/api/reviews", { headers: { cookie: `next-auth.session-token=${token}` } });
}

describe("sessionUserId", () => {
  it("reads the user id of a valid token, again from memory on the next request", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret: SECRET });
    expect(await sessionUserId(await requestWith(token), SECRET)).toBe("user-1");
    expect(await sessionUserId(await requestWith(token), SECRET)).toBe("user-1");
  });

  it("refuses a token signed with another secret, an expired token and garbage", async () => {
    const forged = await encode({ token: { sub: "user-1" }, secret: "someone-elses-secret-0123456789abcdef" });
    const expired = await encode({ token: { sub: "user-1" }, secret: SECRET, maxAge: -10 });
    expect(await sessionUserId(await requestWith(forged), SECRET)).toBeNull();
    expect(await sessionUserId(await requestWith(expired), SECRET)).toBeNull();
    expect(await sessionUserId(await requestWith("not.a.token"), SECRET)).toBeNull();
    expect(await sessionUserId(new NextRequest("http://127.0.0.1/"), SECRET)).toBeNull();
  });
});
