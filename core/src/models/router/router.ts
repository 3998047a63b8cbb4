import type { ModelProvider } from "../contract/model-provider.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import type { ModelTask } from "../contract/model-task.ts";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import { CircuitOpenError } from "../errors/circuit-open-error.ts";
import { isModelError } from "../errors/model-error.ts";
import { NoProviderAvailableError } from "../errors/no-provider-available-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { ProviderConfigurationError } from "../errors/provider-configuration-error.ts";
import { StructuredOutputError } from "../errors/structured-output-error.ts";
import { UnsupportedCapabilityError } from "../errors/unsupported-capability-error.ts";
import { sleep } from "./backoff.ts";
import type { ModelCallListener } from "./call-event.ts";
import { CallTracker, errorCode } from "./call-tracker.ts";
import {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitState,
  defaultCircuitBreaker,
} from "./circuit-breaker.ts";
import { EventChannel } from "./event-channel.ts";
import { IdempotencyStore } from "./idempotency-store.ts";
import { costOf, defaultPriceTable, type PriceTable } from "./price-table.ts";
import { ProviderLimiter, type ProviderLimits } from "./provider-limiter.ts";
import { fingerprintRequest } from "./request-fingerprint.ts";
import { createMemoryResponseCache, type ResponseCacheStore } from "./response-cache.ts";
import { decideRetry, defaultRetryPolicy, type RetryPolicy } from "./retry-policy.ts";
import {
  defaultPolicy,
  orderCandidates,
  type RouteCandidate,
  type RoutingPolicy,
  selectRule,
} from "./routing-policy.ts";
import { assertWithinBudget, createMemorySpendLedger, type SpendBudgets } from "./spend-budget.ts";

export interface RouterOptions {
  providers: readonly ModelProvider[];
  /** Default: `defaultPolicy` over the providers that are configured. */
  policy?: RoutingPolicy;
  retry?: Partial<RetryPolicy>;
  circuitBreaker?: Partial<CircuitBreakerOptions>;
  /** Concurrency and token-rate limits per provider id. */
  limits?: Readonly<Record<string, ProviderLimits>>;
  budgets?: SpendBudgets;
  prices?: PriceTable;
  /** Response cache; off unless given. Requests may still opt out with `cache: false`. */
  cache?: { ttlMs: number; store?: ResponseCacheStore };
  idempotency?: { ttlMs?: number; maxEntries?: number };
  onEvent?: ModelCallListener;
  /** Injected for tests: jitter and weighted order draw from `random`, breakers and buckets read `now`. */
  random?: () => number;
  now?: () => number;
}

export interface RouterRequest extends ModelRequest {
  task: ModelTask;
  /** `false` skips the response cache for this call (neither read nor written). */
  cache?: boolean;
}

export interface ModelRouter {
  generate(request: RouterRequest): Promise<ModelResult>;
  /** Text deltas, possibly `restart` (discard what came before), then one `finish`. */
  stream(request: RouterRequest): AsyncIterable<ModelStreamEvent>;
  circuitState(provider: string, model: string): CircuitState;
}

type Attempt = (provider: ModelProvider, model: string, request: ModelRequest) => Promise<ModelResult>;

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

function withCandidate(
  request: ModelRequest,
  candidate: RouteCandidate,
  signal: AbortSignal | undefined,
): ModelRequest {
  const timeouts = candidate.timeouts || request.timeouts ? { ...candidate.timeouts, ...request.timeouts } : undefined;
  return { ...request, ...(timeouts && { timeouts }), ...(signal && { signal }) };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new CallAbortedError({ cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new CallAbortedError({ cause: signal.reason }));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

export function createRouter(options: RouterOptions): ModelRouter {
  const providers = new Map(options.providers.map((provider) => [provider.id, provider]));
  const policy =
    options.policy ??
    defaultPolicy(options.providers.filter((provider) => provider.isConfigured()).map((provider) => provider.id));
  const retryPolicy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const breakerOptions: CircuitBreakerOptions = { ...defaultCircuitBreaker, ...options.circuitBreaker };
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const prices = options.prices ?? defaultPriceTable;
  const ledger = options.budgets?.ledger ?? createMemorySpendLedger();
  const cacheStore = options.cache ? (options.cache.store ?? createMemoryResponseCache({ now })) : undefined;
  const idempotency = new IdempotencyStore({ ...options.idempotency, now });
  const breakers = new Map<string, CircuitBreaker>();
  const limiters = new Map<string, ProviderLimiter>();

  const breakerFor = (provider: string, model: string): CircuitBreaker => {
    const key = `${provider}\u0000${model}`;
    const existing = breakers.get(key);
    if (existing) return existing;
    const breaker = new CircuitBreaker(breakerOptions, now);
    breakers.set(key, breaker);
    return breaker;
  };
  const limiterFor = (provider: string): ProviderLimiter => {
    const existing = limiters.get(provider);
    if (existing) return existing;
    const limiter = new ProviderLimiter(options.limits?.[provider] ?? {}, now);
    limiters.set(provider, limiter);
    return limiter;
  };

  const skipReason = (provider: ModelProvider | undefined, request: ModelRequest, streaming: boolean) => {
    if (!provider) return "unknown-provider";
    if (!provider.isConfigured()) return "not-configured";
    if (request.output && !provider.capabilities.structuredOutput) return "no-structured-output";
    if (streaming && !provider.capabilities.streaming) return "no-streaming";
    const pair = request.languagePair;
    if (pair && !provider.capabilities.translates(pair.from, pair.to)) return "cannot-translate";
    return undefined;
  };

  /** Tries the route's candidates in order, retrying each as the retry policy allows. */
  async function runRoute(request: ModelRequest, tracker: CallTracker, attempt: Attempt): Promise<ModelResult> {
    const rule = selectRule(policy, request);
    let lastError: unknown;
    for (const candidate of rule ? orderCandidates(rule, random) : []) {
      const provider = providers.get(candidate.provider);
      const skipped = skipReason(provider, request, tracker.streaming);
      if (!provider || skipped) {
        tracker.skip(candidate.provider, candidate.model, skipped ?? "unknown-provider");
        continue;
      }
      const breaker = breakerFor(provider.id, candidate.model);
      const candidatePolicy = { ...retryPolicy, maxRetries: candidate.maxRetries ?? retryPolicy.maxRetries };
      const candidateRequest = withCandidate(request, candidate, request.signal);
      for (let retry = 0; ; retry += 1) {
        const openFor = breaker.tryAcquire();
        if (openFor > 0) {
          lastError = new CircuitOpenError({ provider: provider.id, model: candidate.model, retryAfterMs: openFor });
          tracker.skip(provider.id, candidate.model, "circuit_open");
          break;
        }
        const lease = await limiterFor(provider.id)
          .acquire(estimateTokens(request), request.signal)
          .catch((error: unknown) => {
            breaker.recordNeutral();
            throw error;
          });
        const startedAt = tracker.now();
        try {
          const result = await attempt(provider, candidate.model, candidateRequest);
          lease.release(result.usage.inputTokens + result.usage.outputTokens);
          breaker.recordSuccess();
          tracker.attempt(provider.id, candidate.model, startedAt);
          return result;
        } catch (error) {
          lease.release();
          tracker.attempt(provider.id, candidate.model, startedAt, error);
          if (request.signal?.aborted || error instanceof CallAbortedError) {
            breaker.recordNeutral();
            throw error instanceof CallAbortedError ? error : new CallAbortedError({ cause: error });
          }
          if (isHealthFailure(error)) breaker.recordFailure();
          else breaker.recordNeutral();
          lastError = error;
          if (error instanceof ProviderApiError && error.status === 429 && error.retryAfterMs !== undefined) {
            limiterFor(provider.id).pauseFor(Math.min(error.retryAfterMs, retryPolicy.maxRetryAfterMs));
          }
          const decision = decideRetry(error, retry, candidatePolicy, random);
          if (decision.retry) {
            tracker.retries += 1;
            await sleep(decision.delayMs, request.signal);
            continue;
          }
          if (canFallBack(error)) break;
          throw error;
        }
      }
    }
    throw new NoProviderAvailableError({
      task: request.task ?? "unknown",
      attempts: tracker.failures,
      cause: lastError,
    });
  }

  /** Cache, budget, route, then pay and remember: everything after idempotency. */
  async function fresh(
    request: RouterRequest,
    tracker: CallTracker,
    fingerprint: string | undefined,
    attempt: Attempt,
  ): Promise<{ result: ModelResult; costUsd: number | undefined }> {
    const useCache = cacheStore !== undefined && request.cache !== false && fingerprint !== undefined;
    if (useCache) {
      const cached = await cacheStore.get(fingerprint);
      if (cached) {
        tracker.cacheHit = true;
        return { result: cached, costUsd: 0 };
      }
    }
    await assertWithinBudget(options.budgets, ledger, request.tenant);
    const result = await runRoute(request, tracker, attempt);
    const costUsd = costOf(prices, result.provider, result.model, result.usage);
    if (request.tenant !== undefined && costUsd) await ledger.record(request.tenant, costUsd);
    if (useCache && options.cache && result.finishReason === "stop") {
      await cacheStore.set(fingerprint, result, options.cache.ttlMs);
    }
    return { result, costUsd };
  }

  /** Idempotency first: a replay or a joined call costs nothing. */
  async function run(
    request: RouterRequest,
    tracker: CallTracker,
    attempt: Attempt,
  ): Promise<{ result: ModelResult; costUsd: number | undefined }> {
    const needsFingerprint = cacheStore !== undefined || request.idempotencyKey !== undefined;
    const fingerprint = needsFingerprint ? fingerprintRequest(request) : undefined;
    if (request.idempotencyKey === undefined || fingerprint === undefined) {
      return fresh(request, tracker, fingerprint, attempt);
    }
    const begun = idempotency.begin(request.tenant, request.idempotencyKey, fingerprint);
    if (begun.kind === "replay") {
      tracker.idempotentReplay = true;
      return { result: await raceAbort(begun.result, request.signal), costUsd: 0 };
    }
    const outcome = fresh(request, tracker, fingerprint, attempt);
    begun.complete(outcome.then(({ result }) => result));
    return outcome;
  }

  return {
    async generate(request) {
      const tracker = new CallTracker(request.task, request, false, now);
      try {
        const { result, costUsd } = await run(request, tracker, (provider, model, attemptRequest) =>
          provider.generate(model, attemptRequest),
        );
        tracker.markFirstByte();
        tracker.emit(options.onEvent, { result, costUsd });
        return result;
      } catch (error) {
        tracker.emit(options.onEvent, { error });
        throw error;
      }
    },

    async *stream(request) {
      // Our own signal, so a consumer that stops reading cancels the upstream call.
      const controller = new AbortController();
      const onCallerAbort = () => controller.abort(request.signal?.reason);
      if (request.signal?.aborted) controller.abort(request.signal.reason);
      request.signal?.addEventListener("abort", onCallerAbort, { once: true });
      const linked: RouterRequest = { ...request, signal: controller.signal };
      const tracker = new CallTracker(request.task, request, true, now);
      const channel = new EventChannel<ModelStreamEvent>();
      let emittedText = false;
      let lastFailure = "";
      const attempt: Attempt = async (provider, model, attemptRequest) => {
        if (emittedText) {
          // Resuming on another model would splice two different texts: start over, say so.
          channel.push({ type: "restart", provider: provider.id, model, reason: lastFailure });
          tracker.restarts += 1;
          emittedText = false;
        }
        try {
          let result: ModelResult | undefined;
          for await (const event of provider.stream(model, attemptRequest)) {
            if (event.type === "text-delta") {
              tracker.markFirstByte();
              emittedText = true;
              channel.push(event);
            } else if (event.type === "finish") {
              result = event.result;
            }
          }
          if (!result) {
            throw new ProviderApiError({
              message: `${provider.id}: stream ended without finish`,
              provider: provider.id,
            });
          }
          return result;
        } catch (error) {
          lastFailure = errorCode(error);
          throw error;
        }
      };
      let settled = false;
      run(linked, tracker, attempt).then(
        ({ result, costUsd }) => {
          settled = true;
          tracker.markFirstByte();
          tracker.emit(options.onEvent, { result, costUsd });
          // A cache hit or replay arrives whole: one delta, then finish.
          if (tracker.cacheHit || tracker.idempotentReplay) channel.push({ type: "text-delta", text: result.text });
          channel.push({ type: "finish", result });
          channel.end();
        },
        (error: unknown) => {
          settled = true;
          tracker.emit(options.onEvent, { error });
          channel.fail(error);
        },
      );
      try {
        yield* channel;
      } finally {
        request.signal?.removeEventListener("abort", onCallerAbort);
        if (!settled) controller.abort(new CallAbortedError());
      }
    },

    circuitState(provider, model) {
      return breakerFor(provider, model).state;
    },
  };
}
