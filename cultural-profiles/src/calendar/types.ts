import type { Source } from "../source.ts";

/** Day of week as `Date.prototype.getUTCDay` numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** Same month and day every year (e.g. 10 May). */
export interface FixedDateRule {
  readonly kind: "fixed";
  readonly month: Month;
  readonly day: number;
}

/**
 * The nth weekday of a month (nth -1 = the last one), optionally shifted by whole days:
 * Black Friday is the 4th Thursday of November + 1 day, which is not always the last Friday.
 */
export interface NthWeekdayRule {
  readonly kind: "nth-weekday";
  readonly month: Month;
  readonly weekday: Weekday;
  readonly nth: 1 | 2 | 3 | 4 | 5 | -1;
  readonly offsetDays?: number;
}

/** A date an organiser announces each edition, with its span; ISO dates `YYYY-MM-DD`. */
export interface AnnouncedEdition {
  readonly start: string;
  readonly end: string;
  readonly source: Source;
}

/**
 * Dates set by an organiser each year: the editions known so far, and a rule that estimates the others
 * (an estimate is reported as such, never as an announced date).
 */
export interface PerYearRule {
  readonly kind: "per-year";
  readonly editions: Readonly<Record<string, AnnouncedEdition>>;
  readonly estimate: FixedDateRule | NthWeekdayRule;
}

export type DateRule = FixedDateRule | NthWeekdayRule | PerYearRule;

export type RetailEventKind = "shopping" | "mothers-day" | "fathers-day" | "childrens-day" | "holiday";

export interface RetailEvent {
  /** Stable id, the same across markets for the same kind of day (`mothers-day`, `black-friday`, `hot-sale`). */
  readonly id: string;
  /** Local name as copy should write it ("Día de la Madre", "Dia das Mães", "El Buen Fin"). */
  readonly name: string;
  readonly kind: RetailEventKind;
  readonly rule: DateRule;
  /** Length in days when the rule gives only the first day (Hot Sale MX: 9). */
  readonly durationDays: number;
  readonly organiser?: string;
  readonly source: Source;
  readonly note?: string;
}

/** One year's occurrence of an event; `estimated` when the organiser has not announced that year. */
export interface EventOccurrence {
  readonly start: string;
  readonly end: string;
  readonly estimated: boolean;
}
