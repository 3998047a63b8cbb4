// Prices: which currency a written amount is in, and its number part.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";

export type WrittenMoney = {
  /** ISO 4217 code, resolved with the writer's market for a bare "$". */
  readonly currency: string;
  readonly amount: string;
  readonly symbol: string;
};

const SYMBOLS: Readonly<Record<string, string>> = {
  "€": "EUR",
  euro: "EUR",
  euros: "EUR",
  us$: "USD",
  r$: "BRL",
  rd$: "DOP",
  c$: "NIO",
  "s/": "PEN",
  "s/.": "PEN",
  bs: "BOB",
  "bs.": "BOB",
  "bs.s": "VES",
  gs: "PYG",
  "gs.": "PYG",
  "₲": "PYG",
  "b/.": "PAB",
  "₡": "CRC",
  "£": "GBP",
};

// Currencies whose own symbol is "$": a bare "$" in such a market's copy means its currency.
const DOLLAR_SIGN_CURRENCIES = new Set(["MXN", "ARS", "COP", "CLP", "USD", "CUP", "UYU"]);

export function readMoney(text: string, writer: MarketProfile): WrittenMoney | undefined {
  const first = text.search(/\d/);
  let last = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (/\d/.test(text.charAt(i))) {
      last = i;
      break;
    }
  }
  if (first < 0 || last < 0) return undefined;
  const prefix = text.slice(0, first).trim();
  const suffix = text.slice(last + 1).trim();
  const symbol = prefix || suffix;
  const amount = text.slice(first, last + 1);
  const key = symbol.toLowerCase();
  let currency = SYMBOLS[key];
  if (currency === undefined && /^[A-Z]{3}$/.test(symbol)) currency = symbol;
  if (currency === undefined && symbol === "$") {
    currency = DOLLAR_SIGN_CURRENCIES.has(writer.currency.code) ? writer.currency.code : "USD";
  }
  return currency === undefined ? undefined : { currency, amount, symbol };
}

/** Whether prices in `currency` belong in the market: its own currency or one it lists as circulating. */
export function isMarketCurrency(currency: string, profile: MarketProfile): boolean {
  return (
    currency === profile.currency.code || (profile.currency.alsoInCirculation ?? []).some((c) => c.code === currency)
  );
}
