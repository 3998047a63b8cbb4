import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelTask } from "../contract/model-task.ts";
import type { ProviderTimeouts } from "../contract/provider-timeouts.ts";

export interface RouteCandidate {
  provider: string;
  model: string;
  /** Relative share when the rule's strategy is `weighted`; default 1. */
  weight?: number;
  /** Per-provider timeouts for this route (a request's own `timeouts` still win). */
  timeouts?: Partial<ProviderTimeouts>;
  /** Overrides the router's retry count on this candidate. */
  maxRetries?: number;
}

/** A rule matches when every field it sets matches the request; the first matching rule routes. */
export interface RouteRule {
  task?: ModelTask | readonly ModelTask[];
  contentType?: string | readonly string[];
  volume?: "interactive" | "batch";
  /** `ordered` tries candidates in order; `weighted` draws the order by weight each call. */
  strategy?: "ordered" | "weighted";
  candidates: readonly RouteCandidate[];
}

export interface RoutingPolicy {
  rules: readonly RouteRule[];
}

function matches<T>(expected: T | readonly T[] | undefined, actual: T | undefined): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  return Array.isArray(expected) ? expected.includes(actual) : expected === actual;
}

export function selectRule(policy: RoutingPolicy, request: ModelRequest): RouteRule | undefined {
  return policy.rules.find(
    (rule) =>
      matches(rule.task, request.task) &&
      matches(rule.contentType, request.contentType) &&
      matches(rule.volume, request.volume),
  );
}

/** The candidates in the order to try them; weighted rules draw a fresh order (Efraimidis–Spirakis). */
export function orderCandidates(rule: RouteRule, random: () => number = Math.random): readonly RouteCandidate[] {
  if (rule.strategy !== "weighted") return rule.candidates;
  return rule.candidates
    .map((candidate) => ({ candidate, key: random() ** (1 / Math.max(candidate.weight ?? 1, Number.EPSILON)) }))
    .sort((left, right) => right.key - left.key)
    .map(({ candidate }) => candidate);
}

/** Model ids the default policy uses per provider id. */
export interface DefaultModels {
  openai: string;
  anthropic: string;
  compatible: string;
  rules: string;
}

export const defaultModels: DefaultModels = {
  openai: "gpt-5.4",
  anthropic: "claude-sonnet-4-6",
  compatible: "llama3.1",
  rules: "rules",
};

/**
 * The whitepaper's split: structured and analytical work (localize, validate-repair) to OpenAI,
 * creative copy (generate) to Anthropic, batch work to the own model (compatible) when configured,
 * and the offline `rules` provider last. Providers not in `available` are left out.
 */
export function defaultPolicy(available: readonly string[], models: Partial<DefaultModels> = {}): RoutingPolicy {
  const chosen = { ...defaultModels, ...models };
  const route = (order: readonly (keyof DefaultModels)[]): RouteCandidate[] =>
    order.filter((id) => available.includes(id)).map((id) => ({ provider: id, model: chosen[id] }));
  return {
    rules: [
      { volume: "batch", candidates: route(["compatible", "openai", "anthropic", "rules"]) },
      { task: ["localize", "validate-repair"], candidates: route(["openai", "anthropic", "compatible", "rules"]) },
      { task: "generate", candidates: route(["anthropic", "openai", "compatible", "rules"]) },
      { candidates: route(["openai", "anthropic", "compatible", "rules"]) },
    ],
  };
}
