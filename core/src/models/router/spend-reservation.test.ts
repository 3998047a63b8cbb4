// Concurrent calls against spend budgets: each holds its maximum cost before it is sent, so together they never
// spend more than the budget, and each settles to what it cost.
import { afterEach, describe, expect, it } from "vitest";
import { type FakeProviderServer, startFakeAnthropic, startFakeOpenAI } from "../../../testing/index.ts";
import { createAnthropic } from "../anthropic/anthropic-provider.ts";
import { BudgetExceededError } from "../errors/budget-exceeded-error.ts";
import { createOpenAI } from "../openai/openai-provider.ts";
import type { ModelCallEvent } from "./call-event.ts";
import { costOf, defaultPriceTable } from "./price-table.ts";
import { createRouter, type RouterRequest } from "./router.ts";
import { createMemorySpendLedger, maximumUsage, type SpendBudgets } from "./spend-budget.ts";

const fakes: FakeProviderServer[] = [];
afterEach(async () => {
  await Promise.all(fakes.splice(0).map((fake) => fake.close()));
});

const request: RouterRequest = {
  task: "localize",
  tenant: "acme",
  maxTokens: 1000,
  messages: [{ role: "user", content: "Traduce: computer" }],
};
// Each call holds this much on gpt-4o, and actually costs less (800 of its 1,000 output tokens).
const heldUsd = costOf(defaultPriceTable, "openai", "gpt-4o", maximumUsage(request)) ?? Number.NaN;
const usage = { inputTokens: 6, outputTokens: 800 };
const fitsFive = heldUsd * 5.5;

async function setup(budgets: SpendBudgets) {
  // Slow enough that all twenty calls are in flight before the first one settles.
  const reply = () => ({ text: "computadora", usage, firstByteDelayMs: 60 });
  const openaiFake = await startFakeOpenAI({ respond: reply });
  const anthropicFake = await startFakeAnthropic({ respond: reply });
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
            { provider: "openai", model: "gpt-4o" },
            { provider: "anthropic", model: "claude-sonnet-4-6" },
          ],
        },
      ],
    },
    budgets,
    onEvent: (event) => events.push(event),
  });
  return { router, openaiFake, anthropicFake, events };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe("spend reservations", () => {
  it("lets 5 of 20 concurrent calls through a tenant budget that holds 5, and settles to their actual cost", async () => {
    const ledger = createMemorySpendLedger();
    const { router, openaiFake, anthropicFake, events } = await setup({ limitUsd: () => fitsFive, ledger });
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => router.generate(request)));

    const served = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(served).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const error of refused) expect(error).toBeInstanceOf(BudgetExceededError);
    expect(refused[0]).toMatchObject({ tenant: "acme", limitUsd: fitsFive, requestedUsd: heldUsd });
    // Refused calls reach no provider, not even the fallback.
    expect([openaiFake.requests.length, anthropicFake.requests.length]).toEqual([5, 0]);

    const costs = events.flatMap((event) => (event.outcome === "success" ? [event.costUsd ?? Number.NaN] : []));
    expect(costs).toHaveLength(5);
    const spent = await ledger.spentUsd("acme");
    expect(spent).toBeCloseTo(sum(costs), 12);
    expect(spent).toBeLessThanOrEqual(fitsFive);
    expect(costs[0]).toBeCloseTo(costOf(defaultPriceTable, "openai", "gpt-4o", usage) ?? Number.NaN, 12);
  });

  it("sends the calls a provider budget cannot hold to the next candidate, spending within it", async () => {
    const providerLedger = createMemorySpendLedger();
    const { router, openaiFake, anthropicFake, events } = await setup({
      providerLimitUsd: (provider) => (provider === "openai" ? fitsFive : undefined),
      providerLedger,
    });
    const results = await Promise.all(Array.from({ length: 20 }, () => router.generate(request)));
    expect(results.filter((result) => result.provider === "openai")).toHaveLength(5);
    expect([openaiFake.requests.length, anthropicFake.requests.length]).toEqual([5, 15]);
    const openaiCosts = events.flatMap((event) => (event.provider === "openai" ? [event.costUsd ?? Number.NaN] : []));
    const spent = await providerLedger.spentUsd("openai");
    expect(spent).toBeCloseTo(sum(openaiCosts), 12);
    expect(spent).toBeLessThanOrEqual(fitsFive);
    expect(events.filter((event) => event.attempts[0]?.outcome === "skipped:budget_spent")).toHaveLength(15);
  });

  it("releases the hold of a call that failed, so it costs nothing", async () => {
    const ledger = createMemorySpendLedger();
    const failing = await startFakeOpenAI({ respond: () => ({ status: 400 }) });
    fakes.push(failing);
    const router = createRouter({
      providers: [createOpenAI({ apiKey: "sk-test", baseURL: failing.url, environment: {} })],
      policy: { rules: [{ candidates: [{ provider: "openai", model: "gpt-4o" }] }] },
      budgets: { limitUsd: () => 1, ledger },
    });
    await expect(router.generate(request)).rejects.toMatchObject({ name: "ProviderApiError" });
    expect(await ledger.spentUsd("acme")).toBe(0);
  });

  it("compares the ledger in micro-dollars, whatever order its additions were made in", () => {
    const ledger = createMemorySpendLedger();
    // 0.7 + 0.6 reads 1.2999999999999998: the budget of 1.3 is reached, not just under.
    ledger.settle({ scope: "a", usd: 0 }, 0.7);
    ledger.settle({ scope: "a", usd: 0 }, 0.6);
    expect(ledger.reserve("a", 0, 1.3)).toBeUndefined();
    // 0.2 + 0.1 reads 0.30000000000000004: the hold fits a budget of 0.3 exactly.
    ledger.settle({ scope: "b", usd: 0 }, 0.2);
    expect(ledger.reserve("b", 0.1, 0.3)).toEqual({ scope: "b", usd: 0.1 });
    expect(ledger.reserve("b", 0, 0.3)).toBeUndefined();
  });
});
