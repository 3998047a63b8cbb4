// @frontier-ai/core/models: the provider contract, the adapters and the router.
export { type AnthropicSettings, createAnthropic } from "./anthropic/anthropic-provider.ts";
export { type CompatibleSettings, createCompatible } from "./compatible/compatible-provider.ts";
export type * from "./contract/index.ts";
export * from "./errors/index.ts";
export { createOpenAI, type OpenAISettings } from "./openai/openai-provider.ts";
export { type BackoffOptions, fullJitterDelay } from "./router/backoff.ts";
export type { AttemptRecord, ModelCallEvent, ModelCallListener } from "./router/call-event.ts";
export type { CircuitBreakerOptions, CircuitState } from "./router/circuit-breaker.ts";
export { costOf, defaultPriceTable, type ModelPrice, type PriceTable } from "./router/price-table.ts";
export type { ProviderLimits } from "./router/provider-limiter.ts";
export { createMemoryResponseCache, type ResponseCacheStore } from "./router/response-cache.ts";
export { decideRetry, type RetryDecision, type RetryPolicy } from "./router/retry-policy.ts";
export { createRouter, type ModelRouter, type RouterOptions, type RouterRequest } from "./router/router.ts";
export {
  type DefaultModels,
  defaultModels,
  defaultPolicy,
  type RouteCandidate,
  type RouteRule,
  type RoutingPolicy,
} from "./router/routing-policy.ts";
export {
  createMemorySpendLedger,
  fitsBudget,
  type SpendBudgets,
  type SpendHold,
  type SpendLedger,
} from "./router/spend-budget.ts";
export { createRules, rulesProviderId } from "./rules/rules-provider.ts";
export { defaultTimeouts } from "./shared/call-guard.ts";
export { readRetryAfterMs, readShouldRetry } from "./shared/retry-headers.ts";
