-- The recall history's finished days, one row per user, deck and past study day (see schema.prisma).
CREATE TABLE "RecallSnapshot" (
    "userId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "dayEnd" TIMESTAMP(3) NOT NULL,
    "basis" TEXT NOT NULL,
    "sums" JSONB NOT NULL,

    CONSTRAINT "RecallSnapshot_pkey" PRIMARY KEY ("userId","deckId","dayEnd")
);

CREATE INDEX "RecallSnapshot_deckId_idx" ON "RecallSnapshot"("deckId");

ALTER TABLE "RecallSnapshot" ADD CONSTRAINT "RecallSnapshot_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "RecallSnapshot" ADD CONSTRAINT "RecallSnapshot_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;
