import type { Db } from "../client";
import { queryRows, statement } from "../sql";
import { cardNotFound } from "../../review/errors";
import { forgetState } from "../review/memory";

/** $1 user, $2 card, $3 suspended. Bumps the version like every CardState write. */
const setSuspended = statement<{ version: number }>(
  "cards.set-suspended",
  `UPDATE "CardState" SET suspended = $3, version = version + 1
   WHERE "userId" = $1 AND "cardId" = $2
   RETURNING version`,
);

/**
 * Takes a card out of the student's queues (or puts it back). Its scheduling state and history
 * stay as they are; a suspended card keeps its due date and is simply not offered.
 */
export async function setCardSuspended(db: Db, userId: string, cardId: string, suspended: boolean) {
  const [row] = await queryRows(db.pool, setSuspended, [userId, cardId, suspended]);
  if (!row) throw cardNotFound();
  forgetState(userId, cardId);
  return { cardId, suspended, version: row.version };
}
