import { describe, expect, it } from "vitest";
import { Metrics } from "./metrics.ts";

describe("Metrics", () => {
  it("renders the provider, job and cache hooks in Prometheus format", async () => {
    const metrics = new Metrics({ processMetrics: false });
    metrics.observeProviderCall({
      provider: "openai",
      model: "gpt",
      outcome: "success",
      seconds: 0.3,
      inputTokens: 10,
      outputTokens: 5,
      costUsd: 0.002,
    });
    metrics.countProviderFallback({ from: "openai", to: "anthropic", reason: "rate_limited" });
    metrics.setJobQueueDepth("queued", 7);
    metrics.countCacheLookup("storefront", true);
    metrics.countCacheLookup("storefront", false);
    metrics.countCacheLookup("storefront", true);
    const text = await metrics.render();
    expect(text).toContain(
      'frontier_provider_request_duration_seconds_count{provider="openai",model="gpt",outcome="success"} 1',
    );
    expect(text).toContain('frontier_provider_tokens_total{provider="openai",model="gpt",direction="input"} 10');
    expect(text).toContain('frontier_provider_tokens_total{provider="openai",model="gpt",direction="output"} 5');
    expect(text).toContain('frontier_provider_cost_usd_total{provider="openai",model="gpt"} 0.002');
    expect(text).toContain('frontier_provider_fallbacks_total{from="openai",to="anthropic",reason="rate_limited"} 1');
    expect(text).toContain('frontier_job_queue_depth{status="queued"} 7');
    expect(text).toContain('frontier_cache_lookups_total{cache="storefront",result="hit"} 2');
    expect(text).toContain('frontier_cache_lookups_total{cache="storefront",result="miss"} 1');
    expect(text).not.toContain("frontier_process_cpu");
  });

  it("keeps two instances apart (one registry each)", async () => {
    const one = new Metrics({ processMetrics: false });
    const two = new Metrics({ processMetrics: false });
    one.countCacheLookup("x", true);
    expect(await two.render()).not.toContain('cache="x"');
  });
});
