import type { TokenUsage } from "../contract/token-usage.ts";
import { prices } from "./prices.ts";

export interface ModelPrice {
  provider: string;
  model: string;
  inputUsdPerMillion: number;
  outputUsdPerMillion: number;
  /** Where the figure comes from and when it was read; `verified: false` until re-checked. */
  source: string | null;
  asOf: string | null;
  verified: boolean;
  note?: string;
}

export type PriceTable = readonly ModelPrice[];

/** The bundled table (`prices.ts`). Pass your own to the router to use negotiated prices. */
export const defaultPriceTable: PriceTable = prices;

/** Providers whose calls cost nothing per token (self-hosted or offline). */
const unmetered = new Set(["compatible", "rules"]);

/** Cost in USD, or undefined when the model has no price (the event says so rather than guessing). */
export function costOf(table: PriceTable, provider: string, model: string, usage: TokenUsage): number | undefined {
  if (unmetered.has(provider)) return 0;
  const price = table.find((entry) => entry.provider === provider && entry.model === model);
  if (!price) return undefined;
  return (usage.inputTokens * price.inputUsdPerMillion + usage.outputTokens * price.outputUsdPerMillion) / 1_000_000;
}
