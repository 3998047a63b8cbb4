import type { ModelProvider } from "../contract/model-provider.ts";
import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import type { ModelTask } from "../contract/model-task.ts";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import type { ModelCallListener } from "./call-event.ts";
import { CallTracker } from "./call-tracker.ts";
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
import { createRestartingAttempt } from "./restarting-attempt.ts";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy.ts";
import { type Attempt, type RouteContext, runRoute } from "./route-runner.ts";
import { defaultPolicy, type RoutingPolicy } from "./routing-policy.ts";
import { createMemorySpendLedger, reserveCall, type SpendBudgets, type SpendLedgers } from "./spend-budget.ts";

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
  const providerLedger = options.budgets?.providerLedger ?? createMemorySpendLedger();
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

  const context: RouteContext = {
    policy,
    providers,
    retryPolicy,
    random,
    breakerFor,
    limiterFor,
  };
  if (options.budgets) {
    const ledgers: SpendLedgers = { budgets: options.budgets, tenants: ledger, providers: providerLedger, prices };
    context.reserve = (provider, model, request) => reserveCall(ledgers, request.tenant, provider, model, request);
  }

  /** Cache, then route (holding and settling spend), then remember: everything after idempotency. */
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
    // The route holds each call's maximum cost on the budgets and settles it to `costUsd`.
    const result = await runRoute(context, request, tracker, attempt);
    const costUsd = costOf(prices, result.provider, result.model, result.usage);
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
      const attempt = createRestartingAttempt(channel, tracker);
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
