// format.number, format.foreign-currency and format.date-order: figures written for another market.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import { formatMoney, formatNumber, formatPercent, readDate, writeDate } from "../../format/format-transfer.ts";
import { isMarketCurrency, readMoney } from "../../format/money.ts";
import { parseLocalizedNumber } from "../../format/parse-number.ts";
import type { TokenKind, TokenStream } from "../../text/token-stream.ts";
import type { Finding, LintRule } from "../types.ts";

function opposite(profile: MarketProfile): { decimal: string; group: string } {
  return profile.numbers.decimalSeparator === "," ? { decimal: ".", group: "," } : { decimal: ",", group: "." };
}

/** A figure that does not read under the market's separators but does under the other convention. */
function misread(raw: string, profile: MarketProfile) {
  const own = parseLocalizedNumber(raw, profile.numbers.decimalSeparator, profile.numbers.groupSeparator);
  if (own) return undefined;
  const other = opposite(profile);
  return parseLocalizedNumber(raw, other.decimal, other.group);
}

/** A figure token: its kind, text and span. */
type Figure = { readonly kind: TokenKind; readonly text: string; readonly start: number; readonly end: number };

function figureAt(tokens: TokenStream, i: number): Figure {
  // Figures are not lowercased, so their spelling is their text.
  return { kind: tokens.kind(i), text: tokens.lower(i), start: tokens.start(i), end: tokens.end(i) };
}

function numberFinding(token: Figure, profile: MarketProfile): Finding | undefined {
  const message = `Separators of another market; ${profile.locale} writes ${profile.numbers.example}.`;
  const base = { rule: "format.number", severity: "warning" as const, message, start: token.start, end: token.end };
  if (token.kind === "money") {
    const money = readMoney(token.text, profile);
    const parsed = money && misread(money.amount, profile);
    // A foreign price is format.foreign-currency's finding; its separators belong to its own market.
    if (!money || !parsed || money.currency !== profile.currency.code) return undefined;
    return { ...base, suggestion: formatMoney(profile, money.currency, parsed.value, parsed.fractionDigits) };
  }
  if (token.kind === "percent") {
    const parsed = misread(token.text.replace(/[\s\u00a0\u202f]*%$/, ""), profile);
    return parsed
      ? { ...base, suggestion: formatPercent(profile.locale, parsed.value, parsed.fractionDigits) }
      : undefined;
  }
  // A bare number is flagged only with both separators (1.299,50): "versión 2.0" is not a price.
  if (token.kind === "number" && /[.,].*[.,]/.test(token.text) && /\./.test(token.text) && /,/.test(token.text)) {
    const parsed = misread(token.text, profile);
    return parsed
      ? { ...base, suggestion: formatNumber(profile.locale, parsed.value, parsed.fractionDigits) }
      : undefined;
  }
  return undefined;
}

export const numberFormatRule: LintRule = {
  id: "format.number",
  description: "A price, percentage or number written with another market's decimal and group separators.",
  check: ({ stream: tokens, profile }) => {
    const findings: Finding[] = [];
    const figures = tokens.figures();
    for (let k = 0; k < figures.length; k++) {
      const i = figures[k] ?? 0;
      if (tokens.kind(i) === "date") continue;
      const finding = numberFinding(figureAt(tokens, i), profile);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

export const foreignCurrencyRule: LintRule = {
  id: "format.foreign-currency",
  description: "A price in a currency the market does not use (amounts are never converted).",
  check: ({ stream: tokens, profile }) => {
    const findings: Finding[] = [];
    const figures = tokens.figures();
    for (let k = 0; k < figures.length; k++) {
      const i = figures[k] ?? 0;
      if (tokens.kind(i) !== "money") continue;
      const money = readMoney(tokens.lower(i), profile);
      if (!money || isMarketCurrency(money.currency, profile)) continue;
      findings.push({
        rule: "format.foreign-currency",
        severity: "warning",
        message: `Price in ${money.currency}; ${profile.locale} prices are in ${profile.currency.code}.`,
        start: tokens.start(i),
        end: tokens.end(i),
      });
    }
    return findings;
  },
};

export const dateOrderRule: LintRule = {
  id: "format.date-order",
  description: "A date that can only be read in another market's day/month order.",
  check: ({ stream: tokens, profile }) => {
    const findings: Finding[] = [];
    if (profile.dates.order === "YMD") return findings;
    const figures = tokens.figures();
    for (let k = 0; k < figures.length; k++) {
      const i = figures[k] ?? 0;
      if (tokens.kind(i) !== "date") continue;
      const text = tokens.lower(i);
      const [first = 0, second = 0] = text.split(/[/.-]/).map(Number);
      const swapped = profile.dates.order === "DMY" ? first <= 12 && second > 12 : first > 12 && second <= 12;
      if (!swapped) continue;
      const parts = readDate(text, profile.dates.order === "DMY" ? "MDY" : "DMY");
      findings.push({
        rule: "format.date-order",
        severity: "warning",
        message: `Date in ${profile.dates.order === "DMY" ? "month/day" : "day/month"} order; ${profile.locale} writes ${profile.dates.order} (${profile.dates.shortExample}).`,
        start: tokens.start(i),
        end: tokens.end(i),
        ...(parts ? { suggestion: writeDate(parts, profile.dates) } : {}),
      });
    }
    return findings;
  },
};
