import type { Db } from "./client";
import type { GeneratedDeck } from "../generator/types";
import { enrollAllUsersInDeck } from "./card-states";
import { State } from "../scheduling/fsrs";
import { AppError } from "../errors";
import { queryRows, statement } from "./sql";

export interface DeckImportOptions {
  /** null: a shared deck that every user studies. */
  ownerId: string | null;
  /** Identifies the article across re-imports. */
  sourceKey: string;
  title?: string;
  /** What the UI calls this deck's topics, e.g. "mechanism". */
  topicLabel?: string;
  license?: string;
  attribution?: string;
  /** Topic renames chosen by the user, by generated topic id. */
  topicNames?: Record<string, string>;
  /** Keys of generated cards to leave out. */
  excludedCardKeys?: string[];
}

export interface DeckImportResult {
  deckId: string;
  created: { topics: number; claims: number; cards: number };
  retiredCards: number;
}

/**
 * Writes a generated deck in one transaction. Re-importing matches claims and
 * cards by their stable keys: unchanged cards keep their review history, new
 * ones are added, and cards the article no longer yields are retired.
 */
export async function upsertGeneratedDeck(
  db: Db,
  generated: GeneratedDeck,
  options: DeckImportOptions,
): Promise<DeckImportResult> {
  const excluded = new Set(options.excludedCardKeys ?? []);
  const cards = generated.cards.filter((card) => !excluded.has(card.key));
  const now = new Date();
  const result = await db.prisma.$transaction(
    async (tx) => {
      const title = options.title ?? generated.article.title;
      const deck = await tx.deck.upsert({
        where: { sourceKey: options.sourceKey },
        create: { sourceKey: options.sourceKey, ownerId: options.ownerId, title, topicLabel: options.topicLabel },
        update: { title, topicLabel: options.topicLabel },
      });
      if (deck.ownerId !== options.ownerId) throw new AppError(403, "That deck belongs to someone else.");

      const article = await tx.article.upsert({
        where: { deckId: deck.id },
        create: {
          deckId: deck.id,
          title: generated.article.title,
          authors: generated.article.authors,
          license: options.license,
          attribution: options.attribution,
          cleanText: generated.cleanText,
        },
        update: { title: generated.article.title, authors: generated.article.authors, cleanText: generated.cleanText },
      });
      const existingRefs = await tx.reference.findMany({ where: { articleId: article.id } });
      const refIdByNumber = new Map(existingRefs.map((ref) => [ref.number, ref.id]));
      for (const ref of generated.article.references) {
        const data = { authors: ref.authors, title: ref.title, journal: ref.journal, year: ref.year, raw: ref.raw };
        if (refIdByNumber.has(ref.number)) {
          await tx.reference.update({ where: { id: refIdByNumber.get(ref.number)! }, data });
        } else {
          const created = await tx.reference.create({ data: { ...data, articleId: article.id, number: ref.number } });
          refIdByNumber.set(ref.number, created.id);
        }
      }

      const existingTopics = await tx.topic.findMany({ where: { deckId: deck.id } });
      const topicIdBySlug = new Map(existingTopics.map((m) => [m.slug, m.id]));
      let createdTopics = 0;
      for (const [position, topic] of generated.topics.entries()) {
        const name = options.topicNames?.[topic.id]?.trim() || topic.name;
        if (topicIdBySlug.has(topic.id)) {
          await tx.topic.update({ where: { id: topicIdBySlug.get(topic.id)! }, data: { name, position } });
        } else {
          const created = await tx.topic.create({ data: { deckId: deck.id, slug: topic.id, name, position } });
          topicIdBySlug.set(topic.id, created.id);
          createdTopics++;
        }
      }

      const existingClaims = await tx.claim.findMany({ where: { deckId: deck.id }, select: { id: true, key: true } });
      const claimIdByKey = new Map(existingClaims.map((c) => [c.key, c.id]));
      let createdClaims = 0;
      for (const [position, claim] of generated.claims.entries()) {
        const topicId = topicIdBySlug.get(claim.topicId)!;
        if (claimIdByKey.has(claim.id)) {
          await tx.claim.update({
            where: { id: claimIdByKey.get(claim.id)! },
            data: { topicId, text: claim.text, position },
          });
          continue;
        }
        const created = await tx.claim.create({
          data: {
            deckId: deck.id,
            topicId,
            key: claim.id,
            text: claim.text,
            position,
            variants: {
              create: claim.variants.map((v) => ({
                section: v.section,
                sentence: v.sentence,
                start: v.start,
                end: v.end,
              })),
            },
            references: {
              create: claim.refs
                .filter((n) => refIdByNumber.has(n))
                .map((n) => ({ referenceId: refIdByNumber.get(n)! })),
            },
          },
        });
        claimIdByKey.set(claim.id, created.id);
        createdClaims++;
      }

      const existingCards = await tx.card.findMany({
        where: { deckId: deck.id },
        select: { key: true, retiredAt: true },
      });
      const existingCardKeys = new Set(existingCards.map((c) => c.key));
      const cardData = cards.map((card, position) => ({
        deckId: deck.id,
        claimId: claimIdByKey.get(card.claimId)!,
        topicId: topicIdBySlug.get(card.topicId)!,
        key: card.key,
        type: card.type,
        prompt: card.prompt,
        answer: card.answer,
        options: card.options ?? [],
        quality: card.quality,
        position,
        sourceSection: card.source.section,
        sourceSentence: card.source.sentence,
        sourceStart: card.source.start,
        sourceEnd: card.source.end,
        refNumbers: card.refs,
      }));
      const newCards = cardData.filter((card) => !existingCardKeys.has(card.key));
      if (newCards.length > 0) await tx.card.createMany({ data: newCards });
      const liveKeys = cardData.map((card) => card.key);
      // A card the article yields again comes back from retirement with its history.
      await tx.card.updateMany({
        where: { deckId: deck.id, key: { in: liveKeys }, retiredAt: { not: null } },
        data: { retiredAt: null },
      });
      const retired = await tx.card.updateMany({
        where: { deckId: deck.id, key: { notIn: liveKeys }, retiredAt: null },
        data: { retiredAt: now },
      });
      return {
        deckId: deck.id,
        created: { topics: createdTopics, claims: createdClaims, cards: newCards.length },
        retiredCards: retired.count,
      };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
  await enrollAllUsersInDeck(db, result.deckId, now);
  return result;
}

export interface DeckSummary {
  id: string;
  title: string;
  own: boolean;
  cards: number;
  due: number;
  fresh: number;
}

const selectStudyableDecks = statement<DeckSummary>(
  "decks.studyable",
  `SELECT d.id, d.title, d."ownerId" IS NOT NULL AS own,
          count(s.id)::int AS cards,
          count(s.id) FILTER (WHERE s.state <> ${State.New} AND s.due <= $2 AND NOT s.suspended)::int AS due,
          count(s.id) FILTER (WHERE s.state = ${State.New} AND NOT s.suspended)::int AS fresh
   FROM "Deck" d
   JOIN "Card" c ON c."deckId" = d.id AND c."retiredAt" IS NULL
   JOIN "CardState" s ON s."cardId" = c.id AND s."userId" = $1
   WHERE d."ownerId" IS NULL OR d."ownerId" = $1
   GROUP BY d.id
   ORDER BY own DESC, d."createdAt" DESC`,
);

/** The decks a user studies, with what each has for them today. */
export function listStudyableDecks(db: Db, userId: string, now: Date): Promise<DeckSummary[]> {
  return queryRows(db.pool, selectStudyableDecks, [userId, now]);
}
