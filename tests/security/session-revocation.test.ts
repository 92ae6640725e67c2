import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { endAllSessions, endSession } from "@/lib/auth/revocation";
import { isSessionCurrent, STANDING_TTL_MS, type SessionClaims } from "@/lib/auth/session-standing";
import { changePassword } from "@/lib/auth/password-change";
import { hashPassword } from "@/lib/auth/password";
import { createUserWithPassword } from "@/lib/db/users";
import { db, prisma } from "../helpers/fixtures";

const PASSWORD = "correct horse battery staple";
const later = () => new Date(Date.now() + 3600_000);

async function userWithSession() {
  const email = `sessions-${randomUUID()}@example.test`;
  const user = await createUserWithPassword(db, { email, passwordHash: await hashPassword(PASSWORD) });
  const claims: SessionClaims = { userId: user.id, sessionId: randomUUID(), sessionVersion: user.sessionVersion };
  return { user, claims };
}

describe("session standing", () => {
  it("refuses a signed-out session at once, and only that one", async () => {
    const { claims } = await userWithSession();
    const otherDevice = { ...claims, sessionId: randomUUID() };
    expect(await isSessionCurrent(db, claims)).toBe(true);
    expect(await isSessionCurrent(db, otherDevice)).toBe(true);
    await endSession(db, claims, later());
    expect(await isSessionCurrent(db, claims)).toBe(false);
    expect(await isSessionCurrent(db, otherDevice)).toBe(true);
  });

  it("refuses every session after sign-out everywhere, and accepts the new version", async () => {
    const { claims } = await userWithSession();
    const otherDevice = { ...claims, sessionId: randomUUID() };
    expect(await isSessionCurrent(db, claims)).toBe(true);
    const version = await endAllSessions(db, claims.userId);
    expect(version).toBe(claims.sessionVersion + 1);
    expect(await isSessionCurrent(db, claims)).toBe(false);
    expect(await isSessionCurrent(db, otherDevice)).toBe(false);
    expect(await isSessionCurrent(db, { ...claims, sessionId: randomUUID(), sessionVersion: version })).toBe(true);
  });

  it("refuses sessions of a deleted user and of a user that never existed", async () => {
    const { user, claims } = await userWithSession();
    expect(await isSessionCurrent(db, claims)).toBe(true);
    await prisma.user.delete({ where: { id: user.id } });
    const now = Date.now() + STANDING_TTL_MS + 1;
    expect(await isSessionCurrent(db, claims, now)).toBe(false);
    const ghost = { userId: `ghost-${randomUUID()}`, sessionId: randomUUID(), sessionVersion: 0 };
    expect(await isSessionCurrent(db, ghost)).toBe(false);
  });

  it("notices a revocation made by another app server once its cached answer is older than the TTL", async () => {
    const { claims } = await userWithSession();
    const start = Date.now();
    expect(await isSessionCurrent(db, claims, start)).toBe(true);
    // Another server bumps the version: this process's cache is not told.
    await prisma.user.update({ where: { id: claims.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await isSessionCurrent(db, claims, start + STANDING_TTL_MS - 1)).toBe(true);
    expect(await isSessionCurrent(db, claims, start + STANDING_TTL_MS + 1)).toBe(false);
  });

  it("ends every session when the password changes, after checking the current one", async () => {
    const { user, claims } = await userWithSession();
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const wrong = changePassword(
      db,
      user.id,
      { currentPassword: "not it", newPassword: "violet trombone mackerel" },
      address,
    );
    await expect(wrong).rejects.toMatchObject({ status: 400, field: "currentPassword" });
    const weak = changePassword(db, user.id, { currentPassword: PASSWORD, newPassword: "password1" }, address);
    await expect(weak).rejects.toMatchObject({ status: 400, field: "newPassword" });
    expect(await isSessionCurrent(db, claims)).toBe(true);

    const outcome = await changePassword(
      db,
      user.id,
      { currentPassword: PASSWORD, newPassword: "violet trombone mackerel" },
      address,
    );
    expect(outcome).toMatchObject({
      status: "changed",
      user: { id: user.id, sessionVersion: claims.sessionVersion + 1 },
    });
    expect(await isSessionCurrent(db, claims)).toBe(false);
  });
});
