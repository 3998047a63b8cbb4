// Timing-dependent router behaviour with in-memory providers and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createScriptedProvider, scriptedFailure } from "../../../testing/index.ts";
import { NoProviderAvailableError } from "../errors/no-provider-available-error.ts";
import { UnsupportedCapabilityError } from "../errors/unsupported-capability-error.ts";
import type { ModelCallEvent } from "./call-event.ts";
import { createRouter, type RouterRequest } from "./router.ts";

const request: RouterRequest = { task: "generate", messages: [{ role: "user", content: "Hola" }] };
const twoCandidates = {
  rules: [
    {
      candidates: [
        { provider: "primary", model: "p-1" },
        { provider: "secondary", model: "s-1" },
      ],
    },
  ],
};

describe("retry timing", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits the Retry-After the provider asked for before retrying the same candidate", async () => {
    const primary = createScriptedProvider({
      id: "primary",
      respond: (_request, index) => (index === 0 ? { error: scriptedFailure("primary", 429, 3000) } : { text: "ok" }),
    });
    const router = createRouter({ providers: [primary], policy: twoCandidates, random: () => 0 });
    const pending = router.generate(request);
    await vi.advanceTimersByTimeAsync(2999);
    expect(primary.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ text: "ok", provider: "primary" });
    expect(primary.calls).toHaveLength(2);
  });

  it("uses full-jitter exponential backoff when no Retry-After is given", async () => {
    const primary = createScriptedProvider({
      id: "primary",
      respond: (_request, index) => (index < 2 ? { error: scriptedFailure("primary", 503) } : { text: "ok" }),
    });
    const router = createRouter({
      providers: [primary],
      policy: twoCandidates,
      retry: { maxRetries: 2, backoff: { initialDelayMs: 100, maxDelayMs: 10_000, factor: 2 } },
      random: () => 0.5,
    });
    const pending = router.generate(request);
    await vi.advanceTimersByTimeAsync(49);
    expect(primary.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(primary.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(99);
    expect(primary.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ text: "ok" });
  });

  it("falls back at once when the Retry-After exceeds what the policy will wait", async () => {
    const primary = createScriptedProvider({
      id: "primary",
      respond: () => ({ error: scriptedFailure("primary", 429, 120_000) }),
    });
    const secondary = createScriptedProvider({ id: "secondary", respond: () => ({ text: "from secondary" }) });
    const router = createRouter({ providers: [primary, secondary], policy: twoCandidates });
    await expect(router.generate(request)).resolves.toMatchObject({ provider: "secondary" });
    expect(primary.calls).toHaveLength(1);
  });
});

describe("circuit breaker", () => {
  it("opens after consecutive failures, skips the provider, half-opens after the cool-down", async () => {
    let clock = 0;
    let primaryHealthy = false;
    const primary = createScriptedProvider({
      id: "primary",
      respond: () => (primaryHealthy ? { text: "primary back" } : { error: scriptedFailure("primary", 500) }),
    });
    const secondary = createScriptedProvider({ id: "secondary", respond: () => ({ text: "secondary" }) });
    const events: ModelCallEvent[] = [];
    const router = createRouter({
      providers: [primary, secondary],
      policy: twoCandidates,
      retry: { maxRetries: 0 },
      circuitBreaker: { failureThreshold: 2, openMs: 1000 },
      now: () => clock,
      onEvent: (event) => events.push(event),
    });
    await router.generate(request);
    expect(router.circuitState("primary", "p-1")).toBe("closed");
    await router.generate(request);
    expect(router.circuitState("primary", "p-1")).toBe("open");

    await expect(router.generate(request)).resolves.toMatchObject({ provider: "secondary" });
    expect(primary.calls).toHaveLength(2);
    expect(events.at(-1)?.attempts[0]).toMatchObject({ provider: "primary", outcome: "skipped:circuit_open" });

    clock = 1000;
    expect(router.circuitState("primary", "p-1")).toBe("half-open");
    await expect(router.generate(request)).resolves.toMatchObject({ provider: "secondary" });
    expect(primary.calls).toHaveLength(3);
    expect(router.circuitState("primary", "p-1")).toBe("open");

    clock = 2000;
    primaryHealthy = true;
    await expect(router.generate(request)).resolves.toMatchObject({ provider: "primary", text: "primary back" });
    expect(router.circuitState("primary", "p-1")).toBe("closed");
  });
});

describe("capabilities and non-HTTP providers", () => {
  it("skips a provider that cannot translate the pair, and moves on from one that says it cannot", async () => {
    const rules = createScriptedProvider({
      id: "rules",
      capabilities: { translates: (from, to) => from.startsWith("es") && to.startsWith("es") },
      respond: () => ({
        error: new UnsupportedCapabilityError({ provider: "rules", capability: "tone", message: "no templates" }),
      }),
    });
    const model = createScriptedProvider({ id: "model", respond: () => ({ text: "Olá" }) });
    const policy = {
      rules: [
        {
          candidates: [
            { provider: "rules", model: "rules" },
            { provider: "model", model: "m" },
          ],
        },
      ],
    };
    const router = createRouter({ providers: [rules, model], policy });
    await router.generate({ ...request, languagePair: { from: "es-MX", to: "pt-BR" } });
    expect(rules.calls).toHaveLength(0);
    await router.generate({ ...request, languagePair: { from: "es-MX", to: "es-AR" } });
    expect(rules.calls).toHaveLength(1);
    expect(model.calls).toHaveLength(2);
  });

  it("lists every failed and skipped candidate when none can serve", async () => {
    const down = createScriptedProvider({ id: "primary", respond: () => ({ error: scriptedFailure("primary") }) });
    const unconfigured = createScriptedProvider({ id: "secondary", configured: false, respond: () => ({}) });
    const router = createRouter({ providers: [down, unconfigured], policy: twoCandidates, retry: { maxRetries: 0 } });
    const error = await router.generate(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NoProviderAvailableError);
    expect(error instanceof NoProviderAvailableError && error.attempts.map((attempt) => attempt.outcome)).toEqual([
      "provider_api_error",
      "skipped:not-configured",
    ]);
  });
});

describe("provider limits", () => {
  it("never runs more calls at once than the provider's concurrency limit", async () => {
    let inFlight = 0;
    let peak = 0;
    const slow = createScriptedProvider({ id: "primary", respond: () => ({ delayMs: 5 }) });
    const generate = slow.generate.bind(slow);
    slow.generate = async (model, call) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await generate(model, call);
      } finally {
        inFlight -= 1;
      }
    };
    const router = createRouter({
      providers: [slow],
      policy: twoCandidates,
      limits: { primary: { maxConcurrency: 3 } },
    });
    await Promise.all(Array.from({ length: 20 }, () => router.generate(request)));
    expect(peak).toBe(3);
    expect(slow.calls).toHaveLength(20);
  });
});
