import { describe, expect, it } from "vitest";
import { occurrenceOf } from "./occurrence.ts";

describe("occurrenceOf", () => {
  it("places fixed dates", () => {
    expect(occurrenceOf({ rule: { kind: "fixed", month: 5, day: 10 }, durationDays: 1 }, 2026)).toEqual({
      start: "2026-05-10",
      end: "2026-05-10",
      estimated: false,
    });
  });

  it("finds the nth and the last weekday of a month", () => {
    const secondSundayOfMay = { rule: { kind: "nth-weekday", month: 5, weekday: 0, nth: 2 }, durationDays: 1 } as const;
    expect(occurrenceOf(secondSundayOfMay, 2025).start).toBe("2025-05-11");
    expect(occurrenceOf(secondSundayOfMay, 2026).start).toBe("2026-05-10");
    expect(occurrenceOf(secondSundayOfMay, 2027).start).toBe("2027-05-09");
    const lastSundayOfMay = { rule: { kind: "nth-weekday", month: 5, weekday: 0, nth: -1 }, durationDays: 1 } as const;
    expect(occurrenceOf(lastSundayOfMay, 2026).start).toBe("2026-05-31");
    expect(occurrenceOf(lastSundayOfMay, 2027).start).toBe("2027-05-30");
  });

  it("shifts by offset days: Black Friday is the day after the 4th Thursday of November", () => {
    const blackFriday = {
      rule: { kind: "nth-weekday", month: 11, weekday: 4, nth: 4, offsetDays: 1 },
      durationDays: 1,
    } as const;
    expect(occurrenceOf(blackFriday, 2025).start).toBe("2025-11-28");
    expect(occurrenceOf(blackFriday, 2026).start).toBe("2026-11-27");
    expect(occurrenceOf(blackFriday, 2027).start).toBe("2027-11-26");
    // 2018: the last Friday of November was the 30th, Black Friday the 23rd.
    expect(occurrenceOf(blackFriday, 2018).start).toBe("2018-11-23");
  });

  it("uses announced editions and marks other years as estimates", () => {
    const event = {
      rule: {
        kind: "per-year",
        editions: { "2025": { start: "2025-11-13", end: "2025-11-17", source: { verified: true } } },
        estimate: { kind: "nth-weekday", month: 11, weekday: 1, nth: 3, offsetDays: -4 },
      },
      durationDays: 5,
    } as const;
    expect(occurrenceOf(event, 2025)).toEqual({ start: "2025-11-13", end: "2025-11-17", estimated: false });
    expect(occurrenceOf(event, 2026)).toEqual({ start: "2026-11-12", end: "2026-11-16", estimated: true });
  });

  it("refuses impossible dates instead of rolling over", () => {
    expect(() => occurrenceOf({ rule: { kind: "fixed", month: 2, day: 30 }, durationDays: 1 }, 2026)).toThrow(
      RangeError,
    );
    expect(() =>
      occurrenceOf({ rule: { kind: "nth-weekday", month: 2, weekday: 0, nth: 5 }, durationDays: 1 }, 2026),
    ).toThrow(RangeError);
  });
});
