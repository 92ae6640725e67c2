import type { Db } from "./client";
import { Prisma } from "./generated/client";
import { AppError } from "../errors";
import { queryRows, statement } from "./sql";
import { forgetSettings, rememberSettings } from "./review/memory";
import { settingsFromRow, type SettingsRow, type UserSchedulingSettings } from "../scheduling/settings";

const selectSettings = statement<SettingsRow>(
  "settings.load",
  `SELECT "desiredRetention", "dailyNewLimit", "maximumInterval", "timeZone", "dayRolloverHour", "fsrsWeights"
   FROM "UserSettings" WHERE "userId" = $1`,
);

export async function loadSettings(db: Db, userId: string): Promise<UserSchedulingSettings> {
  const [row] = await queryRows(db.pool, selectSettings, [userId]);
  const settings = settingsFromRow(row);
  rememberSettings(userId, settings);
  return settings;
}

export async function saveSettings(
  db: Db,
  userId: string,
  settings: Pick<UserSchedulingSettings, "dailyNewLimit" | "desiredRetention" | "timeZone" | "dayRolloverHour">,
): Promise<UserSchedulingSettings> {
  forgetSettings(userId);
  try {
    return await db.prisma.userSettings.upsert({
      where: { userId },
      create: { userId, ...settings },
      update: settings,
    });
  } catch (error) {
    // The user was deleted after their session was last checked (the check is cached for seconds).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      throw new AppError(401, "Sign in to continue.");
    }
    throw error;
  }
}
