/** A student's scheduling settings and the defaults they start with. */
export interface UserSchedulingSettings {
  desiredRetention: number;
  dailyNewLimit: number;
  maximumInterval: number;
  timeZone: string;
  dayRolloverHour: number;
  /** Empty: the FSRS-6 defaults. */
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

/** Settings columns as a LEFT JOIN returns them: all null when the user has no settings row. */
export type SettingsRow = { [K in keyof UserSchedulingSettings]: UserSchedulingSettings[K] | null };

export function settingsFromRow(row: SettingsRow | undefined): UserSchedulingSettings {
  if (!row) return DEFAULT_SETTINGS;
  return {
    desiredRetention: row.desiredRetention ?? DEFAULT_SETTINGS.desiredRetention,
    dailyNewLimit: row.dailyNewLimit ?? DEFAULT_SETTINGS.dailyNewLimit,
    maximumInterval: row.maximumInterval ?? DEFAULT_SETTINGS.maximumInterval,
    timeZone: row.timeZone ?? DEFAULT_SETTINGS.timeZone,
    dayRolloverHour: row.dayRolloverHour ?? DEFAULT_SETTINGS.dayRolloverHour,
    fsrsWeights: row.fsrsWeights ?? DEFAULT_SETTINGS.fsrsWeights,
  };
}
