// The router's small stores: fingerprints, cache, idempotency, prices and spend.
import { describe, expect, it } from "vitest";
import type { ModelResult } from "../contract/model-result.ts";
import { IdempotencyConflictError } from "../errors/idempotency-conflict-error.ts";
import { IdempotencyStore } from "./idempotency-store.ts";
import { costOf, defaultPriceTable } from "./price-table.ts";
import { fingerprintRequest } from "./request-fingerprint.ts";
import { createMemoryResponseCache } from "./response-cache.ts";
import { createMemorySpendLedger } from "./spend-budget.ts";

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

describe("memory spend ledger", () => {
  it("holds only what fits the limit, and settles a hold to the actual cost", async () => {
    const ledger = createMemorySpendLedger();
    const first = await ledger.reserve("acme", 1.5, 2);
    expect(first).toEqual({ scope: "acme", usd: 1.5 });
    expect(await ledger.reserve("acme", 1, 2)).toBeUndefined();
    expect(await ledger.spentUsd("acme")).toBe(1.5);
    if (!first) throw new Error("the first hold fits");
    await ledger.settle(first, 0.25);
    expect(await ledger.spentUsd("acme")).toBe(0.25);
    const second = await ledger.reserve("acme", 1, 2);
    if (!second) throw new Error("the second hold fits after settling");
    await ledger.settle(second, 0);
    expect(await ledger.spentUsd("acme")).toBe(0.25);
  });

  it("lets a hold of 0 (an unpriced model) through only while the budget is not spent", async () => {
    const ledger = createMemorySpendLedger();
    expect(await ledger.reserve("acme", 0, 2)).toBeDefined();
    const full = await ledger.reserve("acme", 2, 2);
    expect(full).toBeDefined();
    expect(await ledger.reserve("acme", 0, 2)).toBeUndefined();
  });
});
