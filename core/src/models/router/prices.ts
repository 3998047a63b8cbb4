// Data, not logic: per-model list prices (standard, non-batch, uncached usage) with their source.
// `verified: false` means the figure was not checked against the official page from here; `note`
// says where it was read instead. Self-hosted models (compatible, rules) cost nothing per token.
import type { ModelPrice } from "./price-table.ts";

const thirdPartySummaries2026 =
  "Read from third-party summaries of the official pricing page (2026); not checked against the page itself.";

/** USD per 1,000,000 tokens. */
export const prices: readonly ModelPrice[] = [
  {
    provider: "openai",
    model: "gpt-5.4",
    inputUsdPerMillion: 2.5,
    outputUsdPerMillion: 15,
    source: "https://platform.openai.com/docs/pricing/",
    asOf: "2026-06",
    verified: false,
    note: thirdPartySummaries2026,
  },
  {
    provider: "openai",
    model: "gpt-5.4-mini",
    inputUsdPerMillion: 0.75,
    outputUsdPerMillion: 4.5,
    source: "https://platform.openai.com/docs/pricing/",
    asOf: "2026-06",
    verified: false,
    note: thirdPartySummaries2026,
  },
  {
    provider: "openai",
    model: "gpt-4o",
    inputUsdPerMillion: 2.5,
    outputUsdPerMillion: 10,
    source: "https://openai.com/api/pricing/",
    asOf: "2024-11",
    verified: false,
    note: "List price as published in 2024; not re-checked since.",
  },
  {
    provider: "openai",
    model: "gpt-4o-mini",
    inputUsdPerMillion: 0.15,
    outputUsdPerMillion: 0.6,
    source: "https://openai.com/api/pricing/",
    asOf: "2024-11",
    verified: false,
    note: "List price as published in 2024; not re-checked since.",
  },
  {
    provider: "anthropic",
    model: "claude-sonnet-4-6",
    inputUsdPerMillion: 3,
    outputUsdPerMillion: 15,
    source: "https://www.anthropic.com/pricing#api",
    asOf: "2026-04",
    verified: false,
    note: thirdPartySummaries2026,
  },
  {
    provider: "anthropic",
    model: "claude-haiku-4-5",
    inputUsdPerMillion: 1,
    outputUsdPerMillion: 5,
    source: "https://www.anthropic.com/pricing#api",
    asOf: "2026-04",
    verified: false,
    note: thirdPartySummaries2026,
  },
];
