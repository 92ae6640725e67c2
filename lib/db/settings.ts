import type { Db } from "./client";
import { queryRows, statement } from "./sql";
import { settingsFromRow, type SettingsRow, type UserSchedulingSettings } from "../scheduling/settings";

const selectSettings = statement<SettingsRow>(
  "settings.load",
  `SELECT "desiredRetention", "dailyNewLimit", "maximumInterval", "timeZone", "dayRolloverHour", "fsrsWeights"
   FROM "UserSettings" WHERE "userId" = $1`,
);

export async function loadSettings(db: Db, userId: string): Promise<UserSchedulingSettings> {
  const [row] = await queryRows(db.pool, selectSettings, [userId]);
  return settingsFromRow(row);
}

export async function saveSettings(
  db: Db,
  userId: string,
  settings: Pick<UserSchedulingSettings, "dailyNewLimit" | "desiredRetention" | "timeZone" | "dayRolloverHour">,
): Promise<UserSchedulingSettings> {
  return db.prisma.userSettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
}
