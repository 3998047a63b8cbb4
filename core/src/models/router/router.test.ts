// The router against fake OpenAI and Anthropic servers, through the real adapters and SDKs.
import { afterEach, describe, expect, it } from "vitest";
import {
  type FakeProviderServer,
  type FakeResponder,
  faults,
  startFakeAnthropic,
  startFakeOpenAI,
} from "../../../testing/index.ts";
import { createAnthropic } from "../anthropic/anthropic-provider.ts";
import type { ModelStreamEvent } from "../contract/model-stream-event.ts";
import { BudgetExceededError } from "../errors/budget-exceeded-error.ts";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import { IdempotencyConflictError } from "../errors/idempotency-conflict-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import { createOpenAI } from "../openai/openai-provider.ts";
import type { ModelCallEvent } from "./call-event.ts";
import { createRouter, type RouterOptions, type RouterRequest } from "./router.ts";

const fakes: FakeProviderServer[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

async function setup(openai: FakeResponder, anthropic: FakeResponder, options: Partial<RouterOptions> = {}) {
  const openaiFake = await startFakeOpenAI({ respond: openai });
  const anthropicFake = await startFakeAnthropic({ respond: anthropic });
  fakes.push(openaiFake, anthropicFake);
  const events: ModelCallEvent[] = [];
  const router = createRouter({
    providers: [
      createOpenAI({ apiKey: "sk-test", baseURL: openaiFake.url, environment: {} }),
      createAnthropic({ apiKey: "sk-ant-test", baseURL: anthropicFake.url, environment: {} }),
    ],
    policy: {
      rules: [
        {
          candidates: [
            { provider: "openai", model: "gpt-4o", timeouts: { idleMs: 150 } },
            { provider: "anthropic", model: "claude-sonnet-4-6" },
          ],
        },
      ],
    },
    retry: { maxRetries: 1, backoff: { initialDelayMs: 1, maxDelayMs: 2, factor: 2 } },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { router, openaiFake, anthropicFake, events };
}

const request: RouterRequest = {
  task: "localize",
  tenant: "acme",
  messages: [{ role: "user", content: "Traduce: computer" }],
};

async function collect(events: AsyncIterable<ModelStreamEvent>): Promise<ModelStreamEvent[]> {
  const collected: ModelStreamEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}

/** The text a consumer shows: deltas after the last `restart`. */
function visibleText(events: readonly ModelStreamEvent[]): string {
  let text = "";
  for (const event of events) {
    if (event.type === "restart") text = "";
    if (event.type === "text-delta") text += event.text;
  }
  return text;
}

describe("router over real adapters", () => {
  it("falls back in policy order after retrying a retryable failure, and reports the path", async () => {
    const { router, openaiFake, anthropicFake, events } = await setup(
      () => faults.serverError(503),
      () => ({ text: "computadora", usage: { inputTokens: 1000, outputTokens: 1000 } }),
    );
    const result = await router.generate(request);
    expect(result).toMatchObject({ text: "computadora", provider: "anthropic", model: "claude-sonnet-4-6" });
    expect(openaiFake.requests).toHaveLength(2);
    expect(anthropicFake.requests).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      task: "localize",
      tenant: "acme",
      outcome: "success",
      provider: "anthropic",
      retries: 1,
      usage: { inputTokens: 1000, outputTokens: 1000 },
      costUsd: 0.018,
      cacheHit: false,
      idempotentReplay: false,
    });
    expect(events[0]?.attempts.map((attempt) => [attempt.provider, attempt.outcome, attempt.status])).toEqual([
      ["openai", "provider_api_error", 503],
      ["openai", "provider_api_error", 503],
      ["anthropic", "success", undefined],
    ]);
  });

  it("does not fall back on a request the provider rejected as invalid (400)", async () => {
    const { router, anthropicFake } = await setup(
      () => ({ status: 400, errorType: "invalid_request_error" }),
      () => ({ text: "no" }),
    );
    await expect(router.generate(request)).rejects.toMatchObject({ name: "ProviderApiError", status: 400 });
    expect(anthropicFake.requests).toHaveLength(0);
  });

  it("fails over mid-stream with a restart and delivers the full text exactly once", async () => {
    const full = "Tu nueva computadora llega mañana sin costo de envío.";
    const { router, openaiFake, anthropicFake, events } = await setup(
      () => faults.resetMidStream(3, "Tu nuevo ordenador llega"),
      () => ({ text: full }),
      { retry: { maxRetries: 0 } },
    );
    const streamed = await collect(router.stream(request));
    const restarts = streamed.filter((event) => event.type === "restart");
    expect(restarts).toEqual([
      { type: "restart", provider: "anthropic", model: "claude-sonnet-4-6", reason: "provider_api_error" },
    ]);
    const afterRestart = streamed.slice(streamed.indexOf(restarts[0] as ModelStreamEvent) + 1);
    expect(afterRestart.map((event) => (event.type === "text-delta" ? event.text : "")).join("")).toBe(full);
    expect(visibleText(streamed)).toBe(full);
    expect(streamed.at(-1)).toMatchObject({ type: "finish", result: { text: full, provider: "anthropic" } });
    expect(openaiFake.requests).toHaveLength(1);
    expect(anthropicFake.requests).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: "success", restarts: 1, streaming: true });
  });

  it("fails over a stalled stream on the candidate's idle timeout", async () => {
    const { router, openaiFake } = await setup(
      () => faults.stallMidStream(1, "uno dos tres"),
      () => ({ text: "completo" }),
      { retry: { maxRetries: 0 } },
    );
    const streamed = await collect(router.stream(request));
    expect(visibleText(streamed)).toBe("completo");
    await openaiFake.requests[0]?.closed;
    expect(openaiFake.requests[0]?.clientClosed).toBe(true);
  });

  it("answers repeated and concurrent calls with one idempotency key from one provider call", async () => {
    const { router, openaiFake, events } = await setup(
      () => ({ text: "una vez", chunkDelayMs: 10 }),
      () => ({ text: "nunca" }),
    );
    const keyed = { ...request, idempotencyKey: "job-42:item-7" };
    const [first, joined] = await Promise.all([router.generate(keyed), router.generate(keyed)]);
    const later = await router.generate(keyed);
    const streamed = await collect(router.stream(keyed));
    expect([first.text, joined.text, later.text, visibleText(streamed)]).toEqual([
      "una vez",
      "una vez",
      "una vez",
      "una vez",
    ]);
    expect(openaiFake.requests).toHaveLength(1);
    expect(events).toHaveLength(4);
    expect(events.filter((event) => event.idempotentReplay)).toHaveLength(3);
    expect(events.filter((event) => event.costUsd === 0)).toHaveLength(3);
    await expect(
      router.generate({ ...keyed, messages: [{ role: "user", content: "otra cosa" }] }),
    ).rejects.toBeInstanceOf(IdempotencyConflictError);
  });

  it("lets a key be retried after its first call failed", async () => {
    const { router, openaiFake } = await setup(
      (_request, index) => (index === 0 ? { status: 400 } : { text: "segunda" }),
      () => ({ text: "nunca" }),
    );
    const keyed = { ...request, idempotencyKey: "retry-me" };
    await expect(router.generate(keyed)).rejects.toBeInstanceOf(ProviderApiError);
    await expect(router.generate(keyed)).resolves.toMatchObject({ text: "segunda" });
    expect(openaiFake.requests).toHaveLength(2);
  });

  it("stops a tenant at its spend budget with BudgetExceededError, before any provider call", async () => {
    const { router, openaiFake, events } = await setup(
      () => ({ text: "caro", usage: { inputTokens: 100_000, outputTokens: 100_000 } }),
      () => ({ text: "nunca" }),
      { budgets: { limitUsd: (tenant) => (tenant === "acme" ? 1 : undefined) } },
    );
    await router.generate(request);
    expect(events[0]?.costUsd).toBeCloseTo(1.25, 6);
    const error = await router.generate(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ code: "budget_exceeded", tenant: "acme", limitUsd: 1, spentUsd: 1.25 });
    expect(openaiFake.requests).toHaveLength(1);
    await expect(router.generate({ ...request, tenant: "other" })).resolves.toMatchObject({ text: "caro" });
  });

  it("skips a provider whose own budget is spent, across tenants, and falls back to the next candidate", async () => {
    const { router, openaiFake, anthropicFake, events } = await setup(
      () => ({ text: "caro", usage: { inputTokens: 100_000, outputTokens: 100_000 } }),
      () => ({ text: "suplente" }),
      { budgets: { providerLimitUsd: (provider) => (provider === "openai" ? 1 : undefined) } },
    );
    await expect(router.generate(request)).resolves.toMatchObject({ provider: "openai" });
    await expect(router.generate({ ...request, tenant: "other" })).resolves.toMatchObject({ provider: "anthropic" });
    expect(events.at(-1)?.attempts[0]).toMatchObject({ provider: "openai", outcome: "skipped:budget_spent" });
    expect(openaiFake.requests).toHaveLength(1);
    expect(anthropicFake.requests).toHaveLength(1);
  });

  it("answers BudgetExceededError naming the provider when every candidate's budget is spent", async () => {
    const expensive = () => ({ text: "caro", usage: { inputTokens: 100_000, outputTokens: 100_000 } });
    const { router, openaiFake, anthropicFake } = await setup(expensive, expensive, {
      budgets: { providerLimitUsd: () => 0.5 },
    });
    await expect(router.generate(request)).resolves.toMatchObject({ provider: "openai" });
    await expect(router.generate(request)).resolves.toMatchObject({ provider: "anthropic" });
    const error = await router.generate(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ code: "budget_exceeded", provider: "anthropic", tenant: undefined, limitUsd: 0.5 });
    expect([openaiFake.requests.length, anthropicFake.requests.length]).toEqual([1, 1]);
  });

  it("cancels the upstream request when the caller aborts mid-stream", async () => {
    const { router, openaiFake, anthropicFake, events } = await setup(
      () => ({ text: "uno dos tres cuatro cinco seis", chunkDelayMs: 30 }),
      () => ({ text: "nunca" }),
    );
    const controller = new AbortController();
    const error = await (async () => {
      for await (const event of router.stream({ ...request, signal: controller.signal })) {
        if (event.type === "text-delta") controller.abort();
      }
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CallAbortedError);
    await openaiFake.requests[0]?.closed;
    expect(openaiFake.requests[0]?.clientClosed).toBe(true);
    expect(anthropicFake.requests).toHaveLength(0);
    expect(events[0]).toMatchObject({ outcome: "aborted", errorCode: "aborted" });
  });

  it("cancels the upstream request when the caller aborts a one-shot call", async () => {
    const { router, openaiFake, anthropicFake } = await setup(
      () => faults.slowFirstByte(3000, "tarde"),
      () => ({ text: "nunca" }),
    );
    const controller = new AbortController();
    const pending = router.generate({ ...request, signal: controller.signal });
    while (openaiFake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(CallAbortedError);
    await openaiFake.requests[0]?.closed;
    expect(openaiFake.requests[0]?.clientClosed).toBe(true);
    expect(anthropicFake.requests).toHaveLength(0);
  });

  it("cancels the upstream request when the consumer stops reading", async () => {
    const { router, openaiFake } = await setup(
      () => ({ text: "uno dos tres cuatro cinco seis", chunkDelayMs: 30 }),
      () => ({ text: "nunca" }),
    );
    for await (const event of router.stream(request)) {
      if (event.type === "text-delta") break;
    }
    await openaiFake.requests[0]?.closed;
    expect(openaiFake.requests[0]?.clientClosed).toBe(true);
  });

  it("serves a repeated request from the cache until its TTL passes", async () => {
    let clock = 0;
    const { router, openaiFake, events } = await setup(
      () => ({ text: "cacheable" }),
      () => ({ text: "nunca" }),
      { cache: { ttlMs: 1000 }, now: () => clock },
    );
    await router.generate(request);
    await router.generate({ ...request, signal: new AbortController().signal });
    expect(openaiFake.requests).toHaveLength(1);
    expect(events.map((event) => event.cacheHit)).toEqual([false, true]);
    clock = 1001;
    await router.generate(request);
    await router.generate({ ...request, cache: false });
    expect(openaiFake.requests).toHaveLength(3);
  });
});
