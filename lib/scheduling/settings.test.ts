import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, settingsFromRow } from "./settings";

describe("settingsFromRow", () => {
  it("gives the defaults when the user has no settings row", () => {
    expect(settingsFromRow(undefined)).toEqual(DEFAULT_SETTINGS);
    const allNull = {
      desiredRetention: null,
      dailyNewLimit: null,
      maximumInterval: null,
      timeZone: null,
      dayRolloverHour: null,
      fsrsWeights: null,
    };
    expect(settingsFromRow(allNull)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps the user's own values, zero included", () => {
    const row = {
      desiredRetention: 0.85,
      dailyNewLimit: 0,
      maximumInterval: 365,
      timeZone: "Asia/Tokyo",
      dayRolloverHour: 0,
      fsrsWeights: [0.5, 1, 2],
    };
    expect(settingsFromRow(row)).toEqual(row);
  });
});
