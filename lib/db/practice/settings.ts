import type { Db } from "../client";
import { queryRows } from "../sql";
import { selectPracticeSetting } from "./statements";

/** Whether practice-test answers grade their cards (on unless the student turned it off). */
export async function loadPracticeSetting(db: Db, userId: string): Promise<boolean> {
  const [row] = await queryRows(db.pool, selectPracticeSetting, [userId]);
  return row?.practiceUpdatesSchedule ?? true;
}

export async function savePracticeSetting(db: Db, userId: string, practiceUpdatesSchedule: boolean) {
  await db.prisma.userSettings.upsert({
    where: { userId },
    create: { userId, practiceUpdatesSchedule },
    update: { practiceUpdatesSchedule },
  });
  return { practiceUpdatesSchedule };
}
