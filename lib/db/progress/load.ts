import type { Db } from "../client";
import { queryRows } from "../sql";
import { loadSettings } from "../settings";
import { sideBySide } from "../side-by-side";
import { buildDashboard, dashboardCalendar, masteryOptions, type ProgressDashboard } from "../../progress/dashboard";
import { forgettingCurveFor } from "../../progress/retrievability";
import { historyBasis } from "../../progress/snapshots";
import { weakestClaims } from "../../progress/weakest";
import { loadRecallSums, withoutJit } from "./history";
import {
  selectCardProgress,
  selectCardSetDigest,
  selectClaimDetails,
  selectDailyReviews,
  selectDeckRecall,
  selectProgressDeck,
  selectRetentionCounts,
  selectSnapshots,
  selectTopics,
} from "./statements";

/**
 * Everything /progress shows for one deck, in three rounds of queries run side by side: settings,
 * the deck and the stored history; card states, the log aggregates and any history days to
 * rebuild (usually none); then the weakest claims' text. null when the user may not study the deck.
 */
export async function loadProgressDashboard(
  db: Db,
  userId: string,
  deckId: string,
  now: Date,
): Promise<ProgressDashboard | null> {
  const [settings, [deck], stored, [cardSet]] = await sideBySide(
    () => loadSettings(db, userId),
    () => queryRows(db.pool, selectProgressDeck, [userId, deckId]),
    () => queryRows(db.pool, selectSnapshots, [userId, deckId]),
    () => queryRows(db.pool, selectCardSetDigest, [userId, deckId]),
  );
  if (!deck) return null;
  const calendar = dashboardCalendar(now, settings);
  const curve = forgettingCurveFor(settings.fsrsWeights);
  const past = calendar.history.slice(0, -1);
  const basis = historyBasis(curve, settings, cardSet.digest);
  const year = calendar.year;
  const yearStarts = year.map((day) => day.start.getTime() / 1000);
  const [topics, cards, recallSums, retention, dailyReviews] = await sideBySide(
    () => queryRows(db.pool, selectTopics, [deck.id]),
    () => queryRows(db.pool, selectCardProgress, [userId, deck.id]),
    () => loadRecallSums(db, { userId, deckId: deck.id, past, curve, basis }, stored),
    () =>
      withoutJit(db, selectRetentionCounts, [
        userId,
        deck.id,
        yearStarts,
        year[0].start,
        year[year.length - 7].start,
        year[year.length - 30].start,
      ]),
    () => queryRows(db.pool, selectDailyReviews, [userId, yearStarts, year[0].start]),
  );
  const weak = weakestClaims(cards, masteryOptions(settings, now));
  const details = weak.length
    ? await queryRows(db.pool, selectClaimDetails, [weak.map((claim) => claim.claimId), deck.id])
    : [];
  const detailsById = new Map(details.map((claim) => [claim.id, claim]));
  const weakClaims = weak.flatMap((claim) => {
    const detail = detailsById.get(claim.claimId);
    return detail ? [{ ...claim, ...detail }] : [];
  });
  return buildDashboard({
    deck,
    topics,
    cards,
    recallSums,
    retention,
    dailyReviews,
    weakClaims,
    settings,
    calendar,
    now,
  });
}

/** Each studyable deck's recall now, by deck id, for the home page. */
export async function loadDeckRecall(db: Db, userId: string, now: Date): Promise<Map<string, number>> {
  const { factor, decay } = forgettingCurveFor((await loadSettings(db, userId)).fsrsWeights);
  const rows = await queryRows(db.pool, selectDeckRecall, [userId, now, factor, decay]);
  return new Map(rows.map((row) => [row.deckId, row.recallNow]));
}
