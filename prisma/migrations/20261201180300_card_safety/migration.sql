-- A student's corrections to generated cards: per-student overrides, the edit history and flags.
-- CreateEnum
CREATE TYPE "FlagReason" AS ENUM ('FILLER', 'CONTEXT', 'TRIVIAL', 'LEAK', 'GRAMMAR', 'AMBIGUOUS', 'BADOPTIONS', 'WRONG');

-- CreateTable
CREATE TABLE "CardOverride" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CardOverride_pkey" PRIMARY KEY ("userId","cardId")
);

-- CreateTable
CREATE TABLE "CardEdit" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "promptBefore" TEXT NOT NULL,
    "answerBefore" TEXT NOT NULL,
    "promptAfter" TEXT NOT NULL,
    "answerAfter" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CardFlag" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "reason" "FlagReason" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CardFlag_pkey" PRIMARY KEY ("userId","cardId")
);

-- CreateIndex
CREATE INDEX "CardOverride_cardId_idx" ON "CardOverride"("cardId");

-- CreateIndex
CREATE INDEX "CardEdit_userId_cardId_createdAt_idx" ON "CardEdit"("userId", "cardId", "createdAt");

-- CreateIndex
CREATE INDEX "CardEdit_cardId_idx" ON "CardEdit"("cardId");

-- CreateIndex
CREATE INDEX "CardFlag_cardId_idx" ON "CardFlag"("cardId");

-- AddForeignKey
ALTER TABLE "CardOverride" ADD CONSTRAINT "CardOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardOverride" ADD CONSTRAINT "CardOverride_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardEdit" ADD CONSTRAINT "CardEdit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardEdit" ADD CONSTRAINT "CardEdit_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardFlag" ADD CONSTRAINT "CardFlag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardFlag" ADD CONSTRAINT "CardFlag_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

