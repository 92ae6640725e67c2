import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signUpWithPassword } from "@/lib/auth/sign-up";
import { AppError } from "@/lib/errors";
import { createUserWithPassword, EmailTakenError } from "@/lib/db/users";
import { upsertGeneratedDeck } from "@/lib/db/decks";
import { generateDeck } from "@/lib/generator/generate";
import { SEED_ARTICLE } from "@/prisma/seed-data/attribution";
import { db, prisma } from "../helpers/fixtures";

describe("accounts", () => {
  it("stores an argon2id hash and enrols the new user in the shared deck", async () => {
    const email = `new-${randomUUID()}@example.test`;
    const user = await createUserWithPassword(db, { email, passwordHash: await hashPassword("correct horse") });

    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, "correct horse")).toBe(true);
    expect(await verifyPassword(stored.passwordHash!, "wrong horse")).toBe(false);
    const sharedCards = await prisma.card.count({ where: { deck: { ownerId: null }, retiredAt: null } });
    expect(sharedCards).toBeGreaterThan(0);
    expect(await prisma.cardState.count({ where: { userId: user.id } })).toBe(sharedCards);
  });

  it("keeps the time zone the browser reported, for the student's own study day", async () => {
    const user = await createUserWithPassword(db, {
      email: `tz-${randomUUID()}@example.test`,
      passwordHash: "x",
      timeZone: "Asia/Tokyo",
    });
    expect(await prisma.userSettings.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({
      timeZone: "Asia/Tokyo",
      dailyNewLimit: 20,
      dayRolloverHour: 4,
    });
  });

  it("refuses a duplicate email and creates nothing", async () => {
    const email = `dup-${randomUUID()}@example.test`;
    await createUserWithPassword(db, { email, passwordHash: await hashPassword("first password") });

    await expect(createUserWithPassword(db, { email, passwordHash: "x" })).rejects.toBeInstanceOf(EmailTakenError);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("answers a sign-up with a taken email with a 409 on the email field", async () => {
    const email = `taken-${randomUUID()}@example.test`;
    await signUpWithPassword(db, { email, password: "first password" });

    const error = await signUpWithPassword(db, { email, password: "second password" }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      status: 409,
      message: "An account with this email already exists. Sign in instead.",
      field: "email",
    });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });
});

describe("seed deck", () => {
  it("re-running the seed import creates no rows", async () => {
    const raw = readFileSync(path.join(__dirname, "../../prisma/seed-data", SEED_ARTICLE.file), "utf8");
    const counts = async () =>
      Promise.all([
        prisma.deck.count(),
        prisma.topic.count(),
        prisma.claim.count(),
        prisma.card.count(),
        prisma.reference.count(),
        prisma.claimVariant.count(),
      ]);
    const before = await counts();

    const result = await upsertGeneratedDeck(db, generateDeck(raw), {
      ownerId: null,
      sourceKey: SEED_ARTICLE.sourceKey,
    });

    expect(result.created).toEqual({ topics: 0, claims: 0, cards: 0 });
    expect(result.retiredCards).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it("tags every seeded card with one of the article's ten mechanisms", async () => {
    const deck = await prisma.deck.findUniqueOrThrow({
      where: { sourceKey: SEED_ARTICLE.sourceKey },
      include: { topics: true, cards: { select: { topicId: true, sourceSentence: true } }, article: true },
    });
    expect(deck.topics).toHaveLength(10);
    expect(deck.article?.license).toBe("CC BY 4.0");
    for (const card of deck.cards) {
      expect(deck.topics.map((m) => m.id)).toContain(card.topicId);
      expect(deck.article!.cleanText).toContain(card.sourceSentence);
    }
  });
});
