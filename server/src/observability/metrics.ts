import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/**
 * The server's Prometheus metrics behind typed methods, so callers never touch label names. HTTP latency is
 * recorded by the app; the provider, job and cache methods are the hooks the model router's events, the job
 * queue and the caches report through.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly #httpDuration = new Histogram({
    name: "frontier_http_request_duration_seconds",
    help: "HTTP request latency by route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly #providerDuration = new Histogram({
    name: "frontier_provider_request_duration_seconds",
    help: "Model provider call latency by provider, model and outcome",
    labelNames: ["provider", "model", "outcome"] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });
  readonly #providerTokens = new Counter({
    name: "frontier_provider_tokens_total",
    help: "Tokens sent to and received from model providers",
    labelNames: ["provider", "model", "direction"] as const,
    registers: [this.registry],
  });
  readonly #providerCost = new Counter({
    name: "frontier_provider_cost_usd_total",
    help: "Estimated model provider cost in US dollars",
    labelNames: ["provider", "model"] as const,
    registers: [this.registry],
  });
  readonly #providerFallbacks = new Counter({
    name: "frontier_provider_fallbacks_total",
    help: "Requests moved from one provider to another",
    labelNames: ["from", "to", "reason"] as const,
    registers: [this.registry],
  });
  readonly #jobQueueDepth = new Gauge({
    name: "frontier_job_queue_depth",
    help: "Job items waiting, by status",
    labelNames: ["status"] as const,
    registers: [this.registry],
  });
  readonly #cacheLookups = new Counter({
    name: "frontier_cache_lookups_total",
    help: "Cache lookups by cache and result; hit rate = hit / (hit + miss)",
    labelNames: ["cache", "result"] as const,
    registers: [this.registry],
  });

  readonly #contentItems = new Counter({
    name: "frontier_content_items_total",
    help: "Content generated or localized, by operation, target market and provider",
    labelNames: ["operation", "market", "provider"] as const,
    registers: [this.registry],
  });
  readonly #feedback = new Counter({
    name: "frontier_feedback_total",
    help: "Editor reviews by market and verdict (accepted as is, edited, rejected)",
    labelNames: ["market", "verdict"] as const,
    registers: [this.registry],
  });
  readonly #storefrontEvents = new Counter({
    name: "frontier_storefront_events_total",
    help: "Storefront events accepted (with consent), by type and market",
    labelNames: ["type", "market"] as const,
    registers: [this.registry],
  });
  readonly #storefrontEventsDropped = new Counter({
    name: "frontier_storefront_events_dropped_total",
    help: "Storefront events not stored, by reason (no_consent, invalid, unknown_content)",
    labelNames: ["reason"] as const,
    registers: [this.registry],
  });
  readonly #circuitOpen = new Gauge({
    name: "frontier_provider_circuit_open",
    help: "1 while a provider's circuit breaker is open, else 0",
    labelNames: ["provider"] as const,
    registers: [this.registry],
  });
  #budgetUsage: (() => Promise<readonly { scope: string; ratio: number }[]>) | undefined;
  readonly #budgetUsed = new Gauge({
    name: "frontier_spend_budget_used_ratio",
    help: "Share of a spend budget used in its current window (1 = exhausted)",
    labelNames: ["scope"] as const,
    registers: [this.registry],
    // Read from the ledger at each scrape, so a new period shows at once and every process reports the same sums.
    collect: async () => {
      const usage = this.#budgetUsage;
      if (usage === undefined) return;
      try {
        for (const { scope, ratio } of await usage()) this.#budgetUsed.set({ scope }, ratio);
      } catch {
        // The ledger is out of reach: the last values stay, and the scrape still answers.
      }
    },
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: "frontier_" });
  }

  observeHttpRequest(request: { method: string; route: string; status: number; seconds: number }): void {
    this.#httpDuration.observe(
      { method: request.method, route: request.route, status: String(request.status) },
      request.seconds,
    );
  }

  observeProviderCall(call: {
    provider: string;
    model: string;
    outcome: "success" | "error" | "timeout" | "cancelled";
    seconds: number;
    inputTokens?: number;
    outputTokens?: number;
    costUsd?: number;
  }): void {
    const { provider, model } = call;
    this.#providerDuration.observe({ provider, model, outcome: call.outcome }, call.seconds);
    if (call.inputTokens) this.#providerTokens.inc({ provider, model, direction: "input" }, call.inputTokens);
    if (call.outputTokens) this.#providerTokens.inc({ provider, model, direction: "output" }, call.outputTokens);
    if (call.costUsd) this.#providerCost.inc({ provider, model }, call.costUsd);
  }

  countProviderFallback(fallback: { from: string; to: string; reason: string }): void {
    this.#providerFallbacks.inc(fallback);
  }

  setJobQueueDepth(status: "queued" | "running" | "failed", depth: number): void {
    this.#jobQueueDepth.set({ status }, depth);
  }

  countCacheLookup(cache: string, hit: boolean): void {
    this.#cacheLookups.inc({ cache, result: hit ? "hit" : "miss" });
  }

  countContentItem(item: { operation: "generate" | "localize"; market: string; provider: string }): void {
    this.#contentItems.inc(item);
  }

  countFeedback(market: string, verdict: "accepted" | "edited" | "rejected"): void {
    this.#feedback.inc({ market, verdict });
  }

  countStorefrontEvents(type: string, market: string, count = 1): void {
    this.#storefrontEvents.inc({ type, market }, count);
  }

  countDroppedStorefrontEvents(reason: "no_consent" | "invalid" | "unknown_content", count = 1): void {
    this.#storefrontEventsDropped.inc({ reason }, count);
  }

  setCircuitOpen(provider: string, open: boolean): void {
    this.#circuitOpen.set({ provider }, open ? 1 : 0);
  }

  /** Where `frontier_spend_budget_used_ratio` reads each budget's share used, at every scrape. */
  observeSpendBudgets(usage: () => Promise<readonly { scope: string; ratio: number }[]>): void {
    this.#budgetUsage = usage;
  }

  /** Prometheus text exposition format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
