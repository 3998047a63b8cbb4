import type { FixedDateRule, Month, NthWeekdayRule, RetailEvent, Weekday } from "../calendar/types.ts";
import type { CurrencyConvention, DateConvention, DateOrder, NumberConvention } from "../profile/types.ts";
import { computed, type Source, sourced } from "../source.ts";

// Building blocks the market files share, so each file reads as that market's facts only.

const intl = computed("Intl output re-computed under Node 24, ICU 78 / CLDR 48 (fact base §1)");

export function currency(
  code: string,
  example: string,
  alsoInCirculation?: CurrencyConvention["alsoInCirculation"],
): CurrencyConvention {
  const convention = { code, intlOptions: { style: "currency", currency: code }, example, source: intl } as const;
  return alsoInCirculation === undefined ? convention : { ...convention, alsoInCirculation };
}

export function numbers(
  decimalSeparator: NumberConvention["decimalSeparator"],
  groupSeparator: NumberConvention["groupSeparator"],
  example: string,
  percentExample: string,
): NumberConvention {
  return { decimalSeparator, groupSeparator, example, percentExample, source: intl };
}

export function dates(order: DateOrder, separator: DateConvention["separator"], shortExample: string): DateConvention {
  return { order, separator, shortExample, source: intl };
}

export function fixed(month: Month, day: number): FixedDateRule {
  return { kind: "fixed", month, day };
}

export function nth(month: Month, weekday: Weekday, which: NthWeekdayRule["nth"], offsetDays?: number): NthWeekdayRule {
  return offsetDays === undefined
    ? { kind: "nth-weekday", month, weekday, nth: which }
    : { kind: "nth-weekday", month, weekday, nth: which, offsetDays };
}

export const sunday = 0;

export function familyDay(
  kind: "mothers-day" | "fathers-day" | "childrens-day",
  name: string,
  rule: FixedDateRule | NthWeekdayRule,
  source: Source,
  note?: string,
): RetailEvent {
  const event = { id: kind, name, kind, rule, durationDays: 1, source };
  return note === undefined ? event : { ...event, note };
}

/** The day after US Thanksgiving (4th Thursday of November), which is not always the last Friday. */
export function blackFriday(name = "Black Friday", source: Source = computed("4th Thursday of November + 1 day")) {
  return { id: "black-friday", name, kind: "shopping", rule: nth(11, 4, 4, 1), durationDays: 1, source } as const;
}

export const mothersDaySecondSundayOfMay = sourced("S124,S125");
export const fathersDayThirdSundayOfJune = sourced("S127,S128,S129");
