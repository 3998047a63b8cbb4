import type { DateRule, EventOccurrence, FixedDateRule, NthWeekdayRule, RetailEvent } from "./types.ts";

const dayMs = 86_400_000;

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function fixedDay(rule: FixedDateRule, year: number): number {
  const time = Date.UTC(year, rule.month - 1, rule.day);
  // Date.UTC rolls 30 February over to March: refuse instead of inventing a date.
  if (new Date(time).getUTCDate() !== rule.day) throw new RangeError(`No day ${rule.day} in month ${rule.month}`);
  return time;
}

function nthWeekday(rule: NthWeekdayRule, year: number): number {
  const monthIndex = rule.month - 1;
  let time: number;
  if (rule.nth === -1) {
    const last = Date.UTC(year, monthIndex + 1, 0);
    const back = (new Date(last).getUTCDay() - rule.weekday + 7) % 7;
    time = last - back * dayMs;
  } else {
    const first = Date.UTC(year, monthIndex, 1);
    const forward = (rule.weekday - new Date(first).getUTCDay() + 7) % 7;
    time = first + (forward + (rule.nth - 1) * 7) * dayMs;
    if (new Date(time).getUTCMonth() !== monthIndex) {
      throw new RangeError(`No ${rule.nth}th weekday ${rule.weekday} in ${year}-${rule.month}`);
    }
  }
  return time + (rule.offsetDays ?? 0) * dayMs;
}

/** First day of a rule in a year (UTC midnight), and whether it is an estimate. */
function firstDay(rule: DateRule, year: number): { time: number; end?: string; estimated: boolean } {
  switch (rule.kind) {
    case "fixed":
      return { time: fixedDay(rule, year), estimated: false };
    case "nth-weekday":
      return { time: nthWeekday(rule, year), estimated: false };
    case "per-year": {
      const edition = rule.editions[String(year)];
      if (edition !== undefined) return { time: Date.parse(edition.start), end: edition.end, estimated: false };
      return { ...firstDay(rule.estimate, year), estimated: true };
    }
  }
}

/** When an event falls in a given year, as ISO dates; announced editions win over the estimating rule. */
export function occurrenceOf(event: Pick<RetailEvent, "rule" | "durationDays">, year: number): EventOccurrence {
  const { time, end, estimated } = firstDay(event.rule, year);
  return {
    start: isoDate(time),
    end: end ?? isoDate(time + (event.durationDays - 1) * dayMs),
    estimated,
  };
}
