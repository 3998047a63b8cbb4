import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrenceOf } from "./occurrence.ts";
import type { Month, Weekday } from "./types.ts";

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

describe("occurrenceOf properties", () => {
  const years = fc.integer({ min: 1901, max: 2199 });
  const months = fc.integer({ min: 1, max: 12 }) as fc.Arbitrary<Month>;
  const weekdays = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>;

  it("lands the nth weekday on that weekday, in that month, in the right week", () => {
    fc.assert(
      fc.property(years, months, weekdays, fc.integer({ min: 1, max: 4 }), (year, month, weekday, nth) => {
        const rule = { kind: "nth-weekday", month, weekday, nth: nth as 1 | 2 | 3 | 4 } as const;
        const date = new Date(`${occurrenceOf({ rule, durationDays: 1 }, year).start}T00:00:00Z`);
        expect(date.getUTCDay()).toBe(weekday);
        expect(date.getUTCMonth() + 1).toBe(month);
        expect(Math.ceil(date.getUTCDate() / 7)).toBe(nth);
      }),
    );
  });

  it("lands the last weekday within the month's final seven days", () => {
    fc.assert(
      fc.property(years, months, weekdays, (year, month, weekday) => {
        const rule = { kind: "nth-weekday", month, weekday, nth: -1 } as const;
        const date = new Date(`${occurrenceOf({ rule, durationDays: 1 }, year).start}T00:00:00Z`);
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        expect(date.getUTCDay()).toBe(weekday);
        expect(date.getUTCMonth() + 1).toBe(month);
        expect(date.getUTCDate()).toBeGreaterThan(daysInMonth - 7);
      }),
    );
  });

  it("spans exactly durationDays", () => {
    fc.assert(
      fc.property(years, fc.integer({ min: 1, max: 30 }), (year, durationDays) => {
        const { start, end } = occurrenceOf({ rule: { kind: "fixed", month: 12, day: 20 }, durationDays }, year);
        expect((Date.parse(end) - Date.parse(start)) / 86_400_000).toBe(durationDays - 1);
      }),
    );
  });
});
