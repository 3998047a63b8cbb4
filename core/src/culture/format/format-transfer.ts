// Re-formats prices, numbers, percentages and dates for the target market with Intl.
import type { DateConvention, MarketProfile } from "@frontier-ai/cultural-profiles";
import type { Adaptation } from "../adaptation.ts";
import type { Finding } from "../lint/types.ts";
import type { Token } from "../text/tokenize.ts";
import { isMarketCurrency, readMoney } from "./money.ts";
import { hasSeparator, parseLocalizedNumber } from "./parse-number.ts";

const formatters = new Map<string, Intl.NumberFormat>();

/** `key` must identify `options` for the locale (style, currency, digits). */
function formatter(key: string, locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let cached = formatters.get(key);
  if (cached === undefined) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

export function formatNumber(locale: string, value: number, fractionDigits: number): string {
  const options = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  return formatter(`${locale}|n|${fractionDigits}`, locale, options).format(value);
}

export function formatMoney(profile: MarketProfile, currency: string, value: number, fractionDigits: number): string {
  return formatter(`${profile.locale}|c|${currency}|${fractionDigits}`, profile.locale, {
    ...profile.currency.intlOptions,
    style: "currency",
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatPercent(locale: string, value: number, fractionDigits: number): string {
  return formatter(`${locale}|p|${fractionDigits}`, locale, {
    style: "percent",
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value / 100);
}

export type DateParts = { readonly day: string; readonly month: string; readonly year: string };

/** Splits a written date by the writer's order; undefined when the parts cannot be a date in that order. */
export function readDate(text: string, order: DateConvention["order"]): DateParts | undefined {
  const parts = text.split(/[/.-]/);
  if (parts.length !== 3) return undefined;
  const [a = "", b = "", c = ""] = parts;
  const [day, month, year] = order === "MDY" ? [b, a, c] : order === "YMD" ? [c, b, a] : [a, b, c];
  const d = Number(day);
  const m = Number(month);
  if (!(d >= 1 && d <= 31 && m >= 1 && m <= 12)) return undefined;
  return { day, month, year };
}

export function writeDate(parts: DateParts, convention: DateConvention): string {
  const { day, month, year } = parts;
  const ordered =
    convention.order === "MDY"
      ? [month, day, year]
      : convention.order === "YMD"
        ? [year, month, day]
        : [day, month, year];
  return ordered.join(convention.separator);
}

export type FormatResult = { readonly adaptations: Adaptation[]; readonly findings: Finding[] };

export function formatAdaptations(
  tokens: readonly Token[],
  source: MarketProfile,
  target: MarketProfile,
): FormatResult {
  const adaptations: Adaptation[] = [];
  const findings: Finding[] = [];
  if (source.locale === target.locale) return { adaptations, findings };
  const { decimalSeparator, groupSeparator } = source.numbers;
  const push = (token: Token, to: string, rule: Adaptation["rule"], reason: string) => {
    if (to !== token.text) adaptations.push({ from: token.text, to, reason, rule, start: token.start, end: token.end });
  };
  for (const token of tokens) {
    if (token.kind === "money") {
      const money = readMoney(token.text, source);
      const parsed = money && parseLocalizedNumber(money.amount, decimalSeparator, groupSeparator);
      if (!money || !parsed) continue;
      if (money.currency === target.currency.code) {
        push(
          token,
          formatMoney(target, money.currency, parsed.value, parsed.fractionDigits),
          "format.money",
          `price in ${money.currency} written for ${target.locale}`,
        );
      } else if (!isMarketCurrency(money.currency, target)) {
        findings.push({
          rule: "format.foreign-currency",
          severity: "warning",
          message: `Price in ${money.currency}, but ${target.locale} prices are in ${target.currency.code}; amounts are never converted.`,
          start: token.start,
          end: token.end,
        });
      }
    } else if (token.kind === "percent") {
      const parsed = parseLocalizedNumber(
        token.text.replace(/[\s\u00a0\u202f]*%$/, ""),
        decimalSeparator,
        groupSeparator,
      );
      if (parsed)
        push(
          token,
          formatPercent(target.locale, parsed.value, parsed.fractionDigits),
          "format.percent",
          `percentage written for ${target.locale}`,
        );
    } else if (token.kind === "number" && hasSeparator(token.text)) {
      const parsed = parseLocalizedNumber(token.text, decimalSeparator, groupSeparator);
      if (parsed)
        push(
          token,
          formatNumber(target.locale, parsed.value, parsed.fractionDigits),
          "format.number",
          `number separators of ${target.locale}`,
        );
    } else if (token.kind === "date") {
      const parts = readDate(token.text, source.dates.order);
      if (parts)
        push(
          token,
          writeDate(parts, target.dates),
          "format.date",
          `date order ${target.dates.order} of ${target.locale}`,
        );
    }
  }
  return { adaptations, findings };
}
