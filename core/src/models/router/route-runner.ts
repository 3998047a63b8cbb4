import type { ModelProvider } from "../contract/model-provider.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import { BudgetExceededError } from "../errors/budget-exceeded-error.ts";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import { CircuitOpenError } from "../errors/circuit-open-error.ts";
import { isModelError } from "../errors/model-error.ts";
import { NoProviderAvailableError } from "../errors/no-provider-available-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { ProviderConfigurationError } from "../errors/provider-configuration-error.ts";
import { StructuredOutputError } from "../errors/structured-output-error.ts";
import { UnsupportedCapabilityError } from "../errors/unsupported-capability-error.ts";
import { sleep } from "./backoff.ts";
import type { CallTracker } from "./call-tracker.ts";
import type { CircuitBreaker } from "./circuit-breaker.ts";
import type { ProviderLimiter } from "./provider-limiter.ts";
import { decideRetry, type RetryPolicy } from "./retry-policy.ts";
import { orderCandidates, type RouteCandidate, type RoutingPolicy, selectRule } from "./routing-policy.ts";
import type { CallReservation } from "./spend-budget.ts";

/** One call to one provider; `generate` and `stream` differ only here. */
export type Attempt = (provider: ModelProvider, model: string, request: ModelRequest) => Promise<ModelResult>;

/** The router's long-lived state that every call's route reads. */
export interface RouteContext {
  policy: RoutingPolicy;
  providers: ReadonlyMap<string, ModelProvider>;
  retryPolicy: RetryPolicy;
  random: () => number;
  breakerFor(provider: string, model: string): CircuitBreaker;
  limiterFor(provider: string): ProviderLimiter;
  /**
   * Holds the call's maximum cost on the tenant's and the provider's budgets before a candidate is tried: throws
   * when the tenant's cannot hold it, returns the provider's error when that one cannot (the candidate is skipped).
   */
  reserve?(provider: string, model: string, request: ModelRequest): Promise<CallReservation | BudgetExceededError>;
}

/** Errors that say "this provider, not this request": worth trying the next candidate. */
function canFallBack(error: unknown): boolean {
  if (error instanceof UnsupportedCapabilityError || error instanceof ProviderConfigurationError) return true;
  if (error instanceof ProviderApiError && [401, 403, 404].includes(error.status ?? 0)) return true;
  return isModelError(error) && error.isRetryable;
}

/** Only signs of an unhealthy provider move its breaker; a bad structured answer or an abort do not. */
function isHealthFailure(error: unknown): boolean {
  return isModelError(error) && error.isRetryable && !(error instanceof StructuredOutputError);
}

function estimateTokens(request: ModelRequest): number {
  let characters = request.system?.length ?? 0;
  for (const message of request.messages) characters += message.content.length;
  return Math.ceil(characters / 4) + (request.maxTokens ?? 1024);
}

/** The candidate's timeouts under the request's own (which win). */
function withCandidate(request: ModelRequest, candidate: RouteCandidate): ModelRequest {
  if (!candidate.timeouts) return request;
  return { ...request, timeouts: { ...candidate.timeouts, ...request.timeouts } };
}

function skipReason(provider: ModelProvider | undefined, request: ModelRequest, streaming: boolean) {
  if (!provider) return "unknown-provider";
  if (!provider.isConfigured()) return "not-configured";
  if (request.output && !provider.capabilities.structuredOutput) return "no-structured-output";
  if (streaming && !provider.capabilities.streaming) return "no-streaming";
  const pair = request.languagePair;
  if (pair && !provider.capabilities.translates(pair.from, pair.to)) return "cannot-translate";
  return undefined;
}

/** One candidate, retried as its policy allows: its result, or the error to fall back from (thrown otherwise). */
async function tryCandidate(
  context: RouteContext,
  request: ModelRequest,
  tracker: CallTracker,
  attempt: Attempt,
  provider: ModelProvider,
  candidate: RouteCandidate,
): Promise<{ result: ModelResult } | { fallBackFrom: unknown }> {
  const breaker = context.breakerFor(provider.id, candidate.model);
  const limiter = context.limiterFor(provider.id);
  const policy = { ...context.retryPolicy, maxRetries: candidate.maxRetries ?? context.retryPolicy.maxRetries };
  const candidateRequest = withCandidate(request, candidate);
  for (let retry = 0; ; retry += 1) {
    const openFor = breaker.tryAcquire();
    if (openFor > 0) {
      tracker.skip(provider.id, candidate.model, "circuit_open");
      return {
        fallBackFrom: new CircuitOpenError({ provider: provider.id, model: candidate.model, retryAfterMs: openFor }),
      };
    }
    const lease = await limiter.acquire(estimateTokens(request), request.signal).catch((error: unknown) => {
      breaker.recordNeutral();
      throw error;
    });
    const startedAt = tracker.now();
    try {
      const result = await attempt(provider, candidate.model, candidateRequest);
      lease.release(result.usage.inputTokens + result.usage.outputTokens);
      breaker.recordSuccess();
      tracker.attempt(provider.id, candidate.model, startedAt);
      return { result };
    } catch (error) {
      lease.release();
      tracker.attempt(provider.id, candidate.model, startedAt, error);
      if (request.signal?.aborted || error instanceof CallAbortedError) {
        breaker.recordNeutral();
        throw error instanceof CallAbortedError ? error : new CallAbortedError({ cause: error });
      }
      if (isHealthFailure(error)) breaker.recordFailure();
      else breaker.recordNeutral();
      if (error instanceof ProviderApiError && error.status === 429 && error.retryAfterMs !== undefined) {
        limiter.pauseFor(Math.min(error.retryAfterMs, context.retryPolicy.maxRetryAfterMs));
      }
      const decision = decideRetry(error, retry, policy, context.random);
      if (decision.retry) {
        tracker.retries += 1;
        await sleep(decision.delayMs, request.signal);
        continue;
      }
      if (canFallBack(error)) return { fallBackFrom: error };
      throw error;
    }
  }
}

/**
 * Tries the route's candidates in order: skips those that cannot serve or whose budget cannot hold the call,
 * retries each as the retry policy allows, falls back on provider-side failures, and throws at once on
 * request-side ones. A candidate's spend hold is settled to what it cost, or released when it failed.
 */
export async function runRoute(
  context: RouteContext,
  request: ModelRequest,
  tracker: CallTracker,
  attempt: Attempt,
): Promise<ModelResult> {
  const rule = selectRule(context.policy, request);
  let lastError: unknown;
  for (const candidate of rule ? orderCandidates(rule, context.random) : []) {
    const provider = context.providers.get(candidate.provider);
    const skipped = skipReason(provider, request, tracker.streaming);
    if (!provider || skipped) {
      tracker.skip(candidate.provider, candidate.model, skipped ?? "unknown-provider");
      continue;
    }
    const reservation = await context.reserve?.(provider.id, candidate.model, withCandidate(request, candidate));
    if (reservation instanceof BudgetExceededError) {
      lastError = reservation;
      tracker.skip(provider.id, candidate.model, "budget_spent");
      continue;
    }
    let outcome: Awaited<ReturnType<typeof tryCandidate>> | undefined;
    try {
      outcome = await tryCandidate(context, request, tracker, attempt, provider, candidate);
    } finally {
      await reservation?.settle(outcome && "result" in outcome ? outcome.result : undefined);
    }
    if ("result" in outcome) return outcome.result;
    lastError = outcome.fallBackFrom;
  }
  // No provider was tried because the last one's budget is spent: say so (402), not "unavailable".
  if (
    lastError instanceof BudgetExceededError &&
    tracker.failures.every((failure) => failure.outcome.startsWith("skipped:"))
  ) {
    throw lastError;
  }
  throw new NoProviderAvailableError({ task: request.task ?? "unknown", attempts: tracker.failures, cause: lastError });
}
