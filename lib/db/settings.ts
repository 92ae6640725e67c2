import type { PrismaClient } from "./client";
import { queryRows } from "./sql";

export interface UserSchedulingSettings {
  desiredRetention: number;
  dailyNewLimit: number;
  maximumInterval: number;
  timeZone: string;
  dayRolloverHour: number;
  fsrsWeights: number[];
}

export const DEFAULT_SETTINGS: UserSchedulingSettings = {
  desiredRetention: 0.9,
  dailyNewLimit: 20,
  maximumInterval: 36500,
  timeZone: "UTC",
  dayRolloverHour: 4,
  fsrsWeights: [],
};

export async function loadSettings(prisma: PrismaClient, userId: string): Promise<UserSchedulingSettings> {
  const [row] = await queryRows<UserSchedulingSettings>(
    prisma,
    `SELECT "desiredRetention", "dailyNewLimit", "maximumInterval", "timeZone", "dayRolloverHour", "fsrsWeights"
     FROM "UserSettings" WHERE "userId" = $1`,
    [userId],
  );
  return row ?? DEFAULT_SETTINGS;
}

export async function saveSettings(
  prisma: PrismaClient,
  userId: string,
  settings: Pick<UserSchedulingSettings, "dailyNewLimit" | "desiredRetention" | "timeZone" | "dayRolloverHour">,
): Promise<UserSchedulingSettings> {
  const row = await prisma.userSettings.upsert({ where: { userId }, create: { userId, ...settings }, update: settings });
  return row;
}
