// Re-formats prices, numbers, percentages and dates for the target market with Intl.
import type { DateConvention, MarketProfile } from "@frontier-ai/cultural-profiles";
import type { Adaptation } from "../adaptation.ts";
import type { Finding } from "../lint/types.ts";
import type { TokenKind, TokenStream } from "../text/token-stream.ts";
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

type Outcome =
  | { readonly to: string; readonly rule: Adaptation["rule"]; readonly reason: string }
  | { readonly foreign: string }
  | null;

/** What one figure becomes in the target market; independent of where it stands, so it can be memoised. */
function formatToken(kind: TokenKind, text: string, source: MarketProfile, target: MarketProfile): Outcome {
  const { decimalSeparator, groupSeparator } = source.numbers;
  if (kind === "money") {
    const money = readMoney(text, source);
    const parsed = money && parseLocalizedNumber(money.amount, decimalSeparator, groupSeparator);
    if (!money || !parsed) return null;
    if (money.currency === target.currency.code) {
      const to = formatMoney(target, money.currency, parsed.value, parsed.fractionDigits);
      return { to, rule: "format.money", reason: `price in ${money.currency} written for ${target.locale}` };
    }
    return isMarketCurrency(money.currency, target) ? null : { foreign: money.currency };
  }
  if (kind === "percent") {
    const parsed = parseLocalizedNumber(text.replace(/[\s\u00a0\u202f]*%$/, ""), decimalSeparator, groupSeparator);
    if (!parsed) return null;
    const to = formatPercent(target.locale, parsed.value, parsed.fractionDigits);
    return { to, rule: "format.percent", reason: `percentage written for ${target.locale}` };
  }
  if (kind === "number" && hasSeparator(text)) {
    const parsed = parseLocalizedNumber(text, decimalSeparator, groupSeparator);
    if (!parsed) return null;
    const to = formatNumber(target.locale, parsed.value, parsed.fractionDigits);
    return { to, rule: "format.number", reason: `number separators of ${target.locale}` };
  }
  if (kind === "date") {
    const parts = readDate(text, source.dates.order);
    if (!parts) return null;
    return {
      to: writeDate(parts, target.dates),
      rule: "format.date",
      reason: `date order ${target.dates.order} of ${target.locale}`,
    };
  }
  return null;
}

export function formatAdaptations(tokens: TokenStream, source: MarketProfile, target: MarketProfile): FormatResult {
  const adaptations: Adaptation[] = [];
  const findings: Finding[] = [];
  if (source.locale === target.locale) return { adaptations, findings };
  // Prices and dates repeat across a catalogue: each distinct spelling is formatted once per call.
  const memo = new Map<string, Outcome>();
  const figures = tokens.figures();
  for (let k = 0; k < figures.length; k++) {
    const i = figures[k] ?? 0;
    const kind = tokens.kind(i);
    // Figures are not lowercased, so their spelling is their text.
    const text = tokens.lower(i);
    let outcome = memo.get(text);
    if (outcome === undefined) {
      outcome = formatToken(kind, text, source, target);
      memo.set(text, outcome);
    }
    if (outcome === null) continue;
    const start = tokens.start(i);
    const end = tokens.end(i);
    if ("foreign" in outcome) {
      findings.push({
        rule: "format.foreign-currency",
        severity: "warning",
        message: `Price in ${outcome.foreign}, but ${target.locale} prices are in ${target.currency.code}; amounts are never converted.`,
        start,
        end,
      });
    } else if (outcome.to !== text) {
      adaptations.push({ from: text, ...outcome, start, end });
    }
  }
  return { adaptations, findings };
}
