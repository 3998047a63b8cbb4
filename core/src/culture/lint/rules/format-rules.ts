// format.number, format.foreign-currency and format.date-order: figures written for another market.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import { formatMoney, formatNumber, formatPercent, readDate, writeDate } from "../../format/format-transfer.ts";
import { isMarketCurrency, readMoney } from "../../format/money.ts";
import { parseLocalizedNumber } from "../../format/parse-number.ts";
import type { Token } from "../../text/tokenize.ts";
import type { Finding, LintRule } from "../types.ts";

// Shared empty result: most tokens are not figures, and a fresh [] per token is garbage.
const NONE: Finding[] = [];

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

function numberFinding(token: Token, profile: MarketProfile): Finding | undefined {
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
  check: ({ tokens, profile }) => {
    const findings: Finding[] = [];
    for (const token of tokens) {
      if (token.kind === "word" || token.kind === "protected" || token.kind === "date") continue;
      const finding = numberFinding(token, profile);
      if (finding) findings.push(finding);
    }
    return findings;
  },
};

export const foreignCurrencyRule: LintRule = {
  id: "format.foreign-currency",
  description: "A price in a currency the market does not use (amounts are never converted).",
  check: ({ tokens, profile }) =>
    tokens.flatMap((token): Finding[] => {
      if (token.kind !== "money") return NONE;
      const money = readMoney(token.text, profile);
      if (!money || isMarketCurrency(money.currency, profile)) return [];
      return [
        {
          rule: "format.foreign-currency",
          severity: "warning",
          message: `Price in ${money.currency}; ${profile.locale} prices are in ${profile.currency.code}.`,
          start: token.start,
          end: token.end,
        },
      ];
    }),
};

export const dateOrderRule: LintRule = {
  id: "format.date-order",
  description: "A date that can only be read in another market's day/month order.",
  check: ({ tokens, profile }) =>
    tokens.flatMap((token): Finding[] => {
      if (token.kind !== "date" || profile.dates.order === "YMD") return NONE;
      const [first = 0, second = 0] = token.text.split(/[/.-]/).map(Number);
      const swapped = profile.dates.order === "DMY" ? first <= 12 && second > 12 : first > 12 && second <= 12;
      if (!swapped) return [];
      const parts = readDate(token.text, profile.dates.order === "DMY" ? "MDY" : "DMY");
      return [
        {
          rule: "format.date-order",
          severity: "warning",
          message: `Date in ${profile.dates.order === "DMY" ? "month/day" : "day/month"} order; ${profile.locale} writes ${profile.dates.order} (${profile.dates.shortExample}).`,
          start: token.start,
          end: token.end,
          ...(parts ? { suggestion: writeDate(parts, profile.dates) } : {}),
        },
      ];
    }),
};
