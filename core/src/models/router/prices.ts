// Data, not logic: per-model list prices with their source and the date they were read.
// List prices for standard (non-batch, non-cached) usage, as published on the providers' pricing pages.
// `verified: false`: not re-checked against the source since `asOf`; confirm before relying on them.
// Self-hosted models (compatible, rules) cost nothing per token and are not listed.
import type { ModelPrice } from "./price-table.ts";

/** USD per 1,000,000 tokens. */
export const prices: readonly ModelPrice[] = [
  {
    provider: "openai",
    model: "gpt-4o",
    inputUsdPerMillion: 2.5,
    outputUsdPerMillion: 10,
    source: "https://openai.com/api/pricing/",
    asOf: "2024-11",
    verified: false,
  },
  {
    provider: "openai",
    model: "gpt-4o-mini",
    inputUsdPerMillion: 0.15,
    outputUsdPerMillion: 0.6,
    source: "https://openai.com/api/pricing/",
    asOf: "2024-11",
    verified: false,
  },
  {
    provider: "openai",
    model: "gpt-4-turbo",
    inputUsdPerMillion: 10,
    outputUsdPerMillion: 30,
    source: "https://openai.com/api/pricing/",
    asOf: "2024-11",
    verified: false,
  },
  {
    provider: "anthropic",
    model: "claude-3-5-sonnet-latest",
    inputUsdPerMillion: 3,
    outputUsdPerMillion: 15,
    source: "https://www.anthropic.com/pricing#anthropic-api",
    asOf: "2024-11",
    verified: false,
  },
  {
    provider: "anthropic",
    model: "claude-3-5-haiku-latest",
    inputUsdPerMillion: 0.8,
    outputUsdPerMillion: 4,
    source: "https://www.anthropic.com/pricing#anthropic-api",
    asOf: "2024-11",
    verified: false,
  },
  {
    provider: "anthropic",
    model: "claude-3-opus-20240229",
    inputUsdPerMillion: 15,
    outputUsdPerMillion: 75,
    source: "https://www.anthropic.com/pricing#anthropic-api",
    asOf: "2024-11",
    verified: false,
  },
];
