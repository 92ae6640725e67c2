-- The next new card and the live-card check as index scans instead of sorts and sequential scans.
CREATE INDEX "CardState_userId_suspended_state_newPosition_idx" ON "CardState"("userId", "suspended", "state", "newPosition");

CREATE INDEX "Card_retiredAt_idx" ON "Card"("retiredAt");
