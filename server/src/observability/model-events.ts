import type { ModelCallEvent } from "@frontier-ai/core";
import type { Metrics } from "./metrics.ts";

/** Turns the router's per-call events into Prometheus metrics: latency, tokens, cost, fallbacks, cache hits. */
export function recordModelCall(metrics: Metrics, event: ModelCallEvent): void {
  metrics.countCacheLookup("model-response", event.cacheHit);
  if (event.provider !== undefined && event.model !== undefined) {
    metrics.observeProviderCall({
      provider: event.provider,
      model: event.model,
      outcome:
        event.outcome === "success"
          ? "success"
          : event.outcome === "aborted"
            ? "cancelled"
            : event.errorCode === "provider_timeout"
              ? "timeout"
              : "error",
      seconds: event.latencyMs / 1000,
      ...(event.usage && { inputTokens: event.usage.inputTokens, outputTokens: event.usage.outputTokens }),
      ...(event.costUsd !== undefined && { costUsd: event.costUsd }),
    });
  }
  // A candidate skipped for its open breaker shows the breaker open; a provider that answered has it closed.
  for (const attempt of event.attempts) {
    if (attempt.outcome === "skipped:circuit_open") metrics.setCircuitOpen(attempt.provider, true);
  }
  if (event.outcome === "success" && event.provider !== undefined) metrics.setCircuitOpen(event.provider, false);
  // Each failed try followed by another candidate is one fallback from → to.
  const tried = event.attempts.filter((attempt) => !attempt.outcome.startsWith("skipped:"));
  for (let index = 1; index < tried.length; index++) {
    const from = tried[index - 1];
    const to = tried[index];
    if (from && to && from.provider !== to.provider) {
      metrics.countProviderFallback({ from: from.provider, to: to.provider, reason: from.outcome });
    }
  }
}
