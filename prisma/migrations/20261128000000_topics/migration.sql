-- One name per concept: the code says topic, and a deck label says what its topics are called.
ALTER TABLE "Mechanism" RENAME TO "Topic";
ALTER TABLE "Topic" RENAME CONSTRAINT "Mechanism_pkey" TO "Topic_pkey";
ALTER TABLE "Topic" RENAME CONSTRAINT "Mechanism_deckId_fkey" TO "Topic_deckId_fkey";
ALTER INDEX "Mechanism_deckId_slug_key" RENAME TO "Topic_deckId_slug_key";

ALTER TABLE "Claim" RENAME COLUMN "mechanismId" TO "topicId";
ALTER TABLE "Claim" RENAME CONSTRAINT "Claim_mechanismId_fkey" TO "Claim_topicId_fkey";
ALTER INDEX "Claim_mechanismId_idx" RENAME TO "Claim_topicId_idx";

ALTER TABLE "Card" RENAME COLUMN "mechanismId" TO "topicId";
ALTER TABLE "Card" RENAME CONSTRAINT "Card_mechanismId_fkey" TO "Card_topicId_fkey";
ALTER INDEX "Card_mechanismId_idx" RENAME TO "Card_topicId_idx";

ALTER TABLE "Deck" ADD COLUMN "topicLabel" TEXT NOT NULL DEFAULT 'topic';
