-- Exams (dated goals over decks or topics), their practice tests, and whether practice answers grade cards.
-- AlterTable
ALTER TABLE "UserSettings" ADD COLUMN     "practiceUpdatesSchedule" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Exam" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "examAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "targetRecall" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "budgetUnit" TEXT NOT NULL,
    "budgetPerDay" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamCoverage" (
    "id" TEXT NOT NULL,
    "examId" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "topicId" TEXT,

    CONSTRAINT "ExamCoverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeTest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "examId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "timeLimitMs" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PracticeTest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeQuestion" (
    "id" TEXT NOT NULL,
    "testId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "cardId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "options" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "answer" TEXT NOT NULL,
    "given" TEXT,
    "correct" BOOLEAN,
    "match" TEXT,
    "rating" SMALLINT,
    "clientReviewId" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "PracticeQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Exam_userId_examAt_idx" ON "Exam"("userId", "examAt");

-- CreateIndex
CREATE INDEX "ExamCoverage_examId_idx" ON "ExamCoverage"("examId");

-- CreateIndex
CREATE INDEX "ExamCoverage_deckId_idx" ON "ExamCoverage"("deckId");

-- CreateIndex
CREATE INDEX "ExamCoverage_topicId_idx" ON "ExamCoverage"("topicId");

-- CreateIndex
CREATE INDEX "PracticeTest_userId_status_idx" ON "PracticeTest"("userId", "status");

-- CreateIndex
CREATE INDEX "PracticeTest_examId_idx" ON "PracticeTest"("examId");

-- CreateIndex
CREATE INDEX "PracticeQuestion_cardId_idx" ON "PracticeQuestion"("cardId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeQuestion_testId_position_key" ON "PracticeQuestion"("testId", "position");

-- AddForeignKey
ALTER TABLE "Exam" ADD CONSTRAINT "Exam_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamCoverage" ADD CONSTRAINT "ExamCoverage_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamCoverage" ADD CONSTRAINT "ExamCoverage_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamCoverage" ADD CONSTRAINT "ExamCoverage_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTest" ADD CONSTRAINT "PracticeTest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeTest" ADD CONSTRAINT "PracticeTest_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeQuestion" ADD CONSTRAINT "PracticeQuestion_testId_fkey" FOREIGN KEY ("testId") REFERENCES "PracticeTest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeQuestion" ADD CONSTRAINT "PracticeQuestion_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;

