// The router's small stores: fingerprints, cache, idempotency, prices and spend.
import { describe, expect, it } from "vitest";
import type { ModelResult } from "../contract/model-result.ts";
import { IdempotencyConflictError } from "../errors/idempotency-conflict-error.ts";
import { IdempotencyStore } from "./idempotency-store.ts";
import { costOf, defaultPriceTable } from "./price-table.ts";
import { fingerprintRequest } from "./request-fingerprint.ts";
import { createMemoryResponseCache } from "./response-cache.ts";
import { assertWithinBudget, createMemorySpendLedger } from "./spend-budget.ts";

const result: ModelResult = {
  text: "hola",
  usage: { inputTokens: 1, outputTokens: 1 },
  finishReason: "stop",
  provider: "openai",
  model: "gpt-4o",
};

describe("fingerprintRequest", () => {
  const base = {
    task: "generate" as const,
    messages: [{ role: "user" as const, content: "café" }],
    output: { name: "copy", schema: { type: "object", required: ["a"], properties: { a: { type: "string" } } } },
  };

  it("ignores key order, Unicode composition, signals, timeouts and idempotency keys", () => {
    const reordered = {
      ...base,
      output: { name: "copy", schema: { properties: { a: { type: "string" } }, required: ["a"], type: "object" } },
      messages: [{ role: "user" as const, content: "cafe\u0301" }],
      signal: new AbortController().signal,
      timeouts: { totalMs: 5 },
      idempotencyKey: "k",
    };
    expect(fingerprintRequest(reordered)).toBe(fingerprintRequest(base));
  });

  it("changes with anything that shapes the answer", () => {
    const print = fingerprintRequest(base);
    expect(fingerprintRequest({ ...base, temperature: 0.2 })).not.toBe(print);
    expect(fingerprintRequest({ ...base, tenant: "other" })).not.toBe(print);
    expect(fingerprintRequest({ ...base, system: "s" })).not.toBe(print);
    expect(fingerprintRequest({ ...base, task: "localize" })).not.toBe(print);
  });
});

describe("createMemoryResponseCache", () => {
  it("expires entries after their TTL and evicts the oldest when full", () => {
    let clock = 0;
    const cache = createMemoryResponseCache({ maxEntries: 2, now: () => clock });
    cache.set("a", result, 100);
    cache.set("b", result, 100);
    cache.set("c", result, 100);
    expect(cache.get("a")).toBeUndefined();
    expect(cache.get("b")).toBe(result);
    clock = 100;
    expect(cache.get("c")).toBeUndefined();
  });
});

describe("IdempotencyStore", () => {
  it("replays the first result, refuses another request under the same key, and scopes keys per tenant", async () => {
    const store = new IdempotencyStore();
    const first = store.begin("acme", "k", "print-1");
    expect(first.kind).toBe("first");
    if (first.kind === "first") first.complete(Promise.resolve(result));
    const again = store.begin("acme", "k", "print-1");
    expect(again.kind === "replay" && (await again.result)).toBe(result);
    expect(() => store.begin("acme", "k", "print-2")).toThrow(IdempotencyConflictError);
    expect(store.begin("globex", "k", "print-2").kind).toBe("first");
  });

  it("forgets failed calls and expired keys", async () => {
    let clock = 0;
    const store = new IdempotencyStore({ ttlMs: 10, now: () => clock });
    const failed = store.begin(undefined, "k", "p");
    if (failed.kind === "first") failed.complete(Promise.reject(new Error("boom")));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.begin(undefined, "k", "p").kind).toBe("first");
    const kept = store.begin(undefined, "j", "p");
    if (kept.kind === "first") kept.complete(Promise.resolve(result));
    clock = 10;
    expect(store.begin(undefined, "j", "other").kind).toBe("first");
  });
});

describe("costOf", () => {
  it("prices metered models from the table and leaves unknown ones unpriced", () => {
    expect(costOf(defaultPriceTable, "openai", "gpt-4o", { inputTokens: 1_000_000, outputTokens: 100_000 })).toBe(3.5);
    expect(costOf(defaultPriceTable, "compatible", "llama3.1", { inputTokens: 5, outputTokens: 5 })).toBe(0);
    expect(costOf(defaultPriceTable, "openai", "unknown-model", { inputTokens: 5, outputTokens: 5 })).toBeUndefined();
  });

  it("has a source and date for every price", () => {
    for (const price of defaultPriceTable) {
      expect(price.source).toMatch(/^https:\/\//);
      expect(price.asOf).toMatch(/^\d{4}-\d{2}/);
    }
  });
});

describe("assertWithinBudget", () => {
  it("lets tenants spend up to their limit and ignores tenants without one", async () => {
    const ledger = createMemorySpendLedger();
    const budgets = { limitUsd: (tenant: string) => (tenant === "acme" ? 2 : undefined), ledger };
    await expect(assertWithinBudget(budgets, ledger, "acme")).resolves.toBeUndefined();
    await ledger.record("acme", 2);
    await expect(assertWithinBudget(budgets, ledger, "acme")).rejects.toMatchObject({
      name: "BudgetExceededError",
      spentUsd: 2,
      limitUsd: 2,
    });
    await ledger.record("free", 100);
    await expect(assertWithinBudget(budgets, ledger, "free")).resolves.toBeUndefined();
  });
});
