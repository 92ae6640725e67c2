import { describe, expect, it } from "vitest";
import { countdown, instantToLocalInput, localInputToInstant } from "./local-time";

describe("exam dates in the student's zone", () => {
  it("reads a wall-clock time in the zone it was entered in, across a DST switch", () => {
    expect(localInputToInstant("2026-12-05T09:00", "Europe/Paris")?.toISOString()).toBe("2026-12-05T08:00:00.000Z");
    expect(localInputToInstant("2026-07-05T09:00", "Europe/Paris")?.toISOString()).toBe("2026-07-05T07:00:00.000Z");
    expect(localInputToInstant("2026-12-05T09:30", "UTC")?.toISOString()).toBe("2026-12-05T09:30:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    for (const text of ["2026-02-31T09:00", "2026-12-05", "2026-12-05T24:00", "soon", "2026-12-05T09:00Z"])
      expect(localInputToInstant(text, "UTC")).toBeNull();
  });

  it("writes an instant back as it was entered", () => {
    const instant = localInputToInstant("2026-12-05T09:15", "America/New_York")!;
    expect(instantToLocalInput(instant, "America/New_York")).toBe("2026-12-05T09:15");
  });

  it("counts down in days and hours, then hours and minutes", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(countdown(now, new Date("2026-12-08T09:00:00Z"))).toBe("6 days 23 hours");
    expect(countdown(now, new Date("2026-12-02T10:00:00Z"))).toBe("1 day");
    expect(countdown(now, new Date("2026-12-01T13:05:00Z"))).toBe("3 hours 5 minutes");
    expect(countdown(now, new Date("2026-12-01T09:00:00Z"))).toBe("now");
  });
});
