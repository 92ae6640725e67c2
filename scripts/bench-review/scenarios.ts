/** The two measured scenarios: the app over HTTP, and the same two steps as raw SQL (the floor). */
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { inTransaction } from "../../lib/db/sql";
import { SCHEDULING_COLUMNS, schedulingParams, schedulingStateOf } from "../../lib/db/review/statements";
import { scheduleReview, State, type SchedulingState } from "../../lib/scheduling/fsrs";
import { DEFAULT_SETTINGS } from "../../lib/scheduling/settings";
import { benchUserId, UserAllocator } from "./dataset";
import { ClientExhausted, runClients, StepError, timed, type RunOptions } from "./harness";

interface NextCard {
  cardId: string;
  version: number;
}

/** One student per client at a time; a client moves on to a fresh student when theirs has nothing left. */
class ClientSlots<Card> {
  readonly user: (number | null)[];
  readonly card: (Card | null)[];
  constructor(
    clients: number,
    private readonly users: UserAllocator,
  ) {
    this.user = Array(clients).fill(null);
    this.card = Array(clients).fill(null);
  }

  async ensureCard(client: number, firstCard: (user: number) => Promise<Card | null>): Promise<Card> {
    while (this.card[client] === null) {
      const user = this.users.take();
      if (user === null) throw new ClientExhausted(`client ${client}: no users left with cards to review`);
      this.user[client] = user;
      this.card[client] = await firstCard(user);
    }
    return this.card[client]!;
  }
}

function errorKindOf(status: number) {
  if (status === 409) return "409 conflict" as const;
  return status >= 500 ? ("5xx server" as const) : ("4xx refused" as const);
}

export async function benchHttp(options: RunOptions & { baseUrl: string; secret: string; users: UserAllocator }) {
  const cookies = new Map<number, string>();
  const cookieFor = async (user: number) => {
    if (!cookies.has(user)) {
      // Every token names a session and the user's session version (0 for a fresh user), as the app's do.
      const claims = { sub: benchUserId(user), sid: randomUUID(), sv: 0 };
      const token = await encode({ token: claims, secret: options.secret });
      cookies.set(user, `next-auth.session-token=${token}`);
    }
    return cookies.get(user)!;
  };
  const slots = new ClientSlots<NextCard>(options.clients, options.users);
  const firstCard = async (user: number) => {
    const response = await fetch(`${options.baseUrl}/api/review/queue`, { headers: { cookie: await cookieFor(user) } });
    if (!response.ok) throw new StepError(errorKindOf(response.status), `queue: HTTP ${response.status}`);
    return ((await response.json()) as { cards: NextCard[] }).cards[0] ?? null;
  };
  const handlerTimes: number[] = [];
  const run = await runClients(options, async (client) => {
    const card = await slots.ensureCard(client, firstCard);
    const cookie = await cookieFor(slots.user[client]!);
    return timed(async () => {
      const response = await fetch(`${options.baseUrl}/api/reviews`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({
          cardId: card.cardId,
          rating: 3,
          clientReviewId: randomUUID(),
          expectedVersion: card.version,
          durationMs: 3000,
        }),
      });
      const body = (await response.json()) as { next: NextCard | null; error?: string };
      if (!response.ok) {
        slots.card[client] = null;
        throw new StepError(errorKindOf(response.status), `HTTP ${response.status}: ${body.error}`);
      }
      slots.card[client] = body.next;
      const handlerMs = Number(response.headers.get("server-timing")?.match(/dur=([\d.]+)/)?.[1]);
      if (Number.isFinite(handlerMs)) handlerTimes.push(handlerMs);
    });
  });
  return { run, handlerTimes: handlerTimes.slice(-run.latencies.length), graded: handlerTimes.length };
}

const NEXT_CARD_SQL = `
  (SELECT s."cardId", s.version, c.prompt, c.answer FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
   WHERE s."userId" = $1 AND s.suspended = false AND s.state <> ${State.New} AND s.due <= now()
     AND c."retiredAt" IS NULL AND s."cardId" <> $2
   ORDER BY s.due LIMIT 1)
  UNION ALL
  (SELECT s."cardId", s.version, c.prompt, c.answer FROM "CardState" s JOIN "Card" c ON c.id = s."cardId"
   WHERE s."userId" = $1 AND s.suspended = false AND s.state = ${State.New} AND c."retiredAt" IS NULL
     AND s."cardId" <> $2
   ORDER BY s."newPosition" LIMIT 1)
  LIMIT 1`;

const LOG_COLUMNS = `id, "userId", "cardId", "clientReviewId", rating, "reviewedAt", "durationMs",
  "stateBefore", "dueBefore", "stabilityBefore", "difficultyBefore", "scheduledDaysBefore", "learningStepsBefore",
  "repsBefore", "lapsesBefore", "lastReviewBefore",
  "stateAfter", "dueAfter", "stabilityAfter", "difficultyAfter", "scheduledDaysAfter", "learningStepsAfter"`;

/** The floor: lock, update, log and pick the next card with plain pg, no HTTP, no auth, no validation. */
export async function benchRawSql(options: RunOptions & { pool: pg.Pool; users: UserAllocator }) {
  const { pool } = options;
  const slots = new ClientSlots<string>(options.clients, options.users);
  const nextCard = async (user: number, skip = "") =>
    (await pool.query<{ cardId: string }>(NEXT_CARD_SQL, [benchUserId(user), skip])).rows[0]?.cardId ?? null;
  return runClients(options, async (client) => {
    const cardId = await slots.ensureCard(client, (user) => nextCard(user));
    const userId = benchUserId(slots.user[client]!);
    return timed(async () => {
      await inTransaction(pool, async (connection) => {
        const { rows } = await connection.query<SchedulingState & { id: string }>(
          `SELECT s.id, ${SCHEDULING_COLUMNS} FROM "CardState" s WHERE s."userId" = $1 AND s."cardId" = $2 FOR UPDATE`,
          [userId, cardId],
        );
        const before = schedulingStateOf(rows[0]);
        const now = new Date();
        const after = scheduleReview(DEFAULT_SETTINGS, before, now, 3);
        await connection.query(
          `UPDATE "CardState" SET state = $1, due = $2, stability = $3, difficulty = $4, "scheduledDays" = $5,
             "learningSteps" = $6, reps = $7, lapses = $8, "lastReview" = $9, version = version + 1 WHERE id = $10`,
          [...schedulingParams(after), rows[0].id],
        );
        const afterLogged = schedulingParams(after).slice(0, 6);
        const placeholders = Array.from({ length: 22 }, (_, i) => `$${i + 1}`).join(", ");
        await connection.query(`INSERT INTO "ReviewLog" (${LOG_COLUMNS}) VALUES (${placeholders})`, [
          randomUUID(),
          userId,
          cardId,
          randomUUID(),
          3,
          now,
          3000,
          ...schedulingParams(before),
          ...afterLogged,
        ]);
      });
      slots.card[client] = await nextCard(slots.user[client]!, cardId);
    });
  });
}
