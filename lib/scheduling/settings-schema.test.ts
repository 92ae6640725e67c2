import { describe, expect, it } from "vitest";
import { settingsSchema } from "./settings-schema";

const valid = { dailyNewLimit: 15, desiredRetention: 0.9, timeZone: "Europe/Berlin", dayRolloverHour: 4 };

describe("settingsSchema", () => {
  it("accepts sensible settings", () => {
    expect(settingsSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ dailyNewLimit: -1 }, "can't be negative"],
    [{ dailyNewLimit: 2.5 }, "whole number"],
    [{ desiredRetention: 0.5 }, "between 70% and 99%"],
    [{ desiredRetention: 1 }, "between 70% and 99%"],
    [{ timeZone: "Mars/Olympus" }, "not known"],
    [{ dayRolloverHour: 24 }, "from 0 to 23"],
  ])("refuses %o with a clear message", (change, message) => {
    const result = settingsSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toContain(message);
  });
});
