import { expect, it } from "vitest";
import { ConflictError } from "../errors.ts";
import type { Repository } from "./repository.ts";

/** The learning tables' part of the storage contract; called from repository-contract.ts inside its describe. */
export function learningContract(repository: () => Repository, tenants: () => { a: string; b: string }): void {
  it("learning: stores edits, events, variants, suggestions and memory per tenant", async () => {
    const repo = repository();
    const { a, b } = tenants();
    const edit = {
      contentId: "doc-1",
      locale: "es-AR",
      segmentIndex: 0,
      kind: "localize" as const,
      prompt: "Tu celular",
      generated: "Tu celular",
      final: "Tu móvil",
      operations: [{ type: "equal" as const, text: "Tu " }],
      edited: true,
    };
    await repo.learning.addEdits(a, [edit, { ...edit, segmentIndex: 1, locale: "es-MX" }]);
    expect((await repo.learning.listEdits(a, { locale: "es-AR" })).map((row) => row.final)).toEqual(["Tu móvil"]);
    expect((await repo.learning.listEdits(a))[0]?.operations).toEqual(edit.operations);
    expect(await repo.learning.listEdits(b)).toEqual([]);

    const control = await repo.learning.addVariant(a, {
      contentId: "doc-1",
      locale: "es-AR",
      name: "a",
      content: "x",
      control: true,
    });
    await repo.learning.addVariant(a, { contentId: "doc-1", locale: "es-AR", name: "b", content: "y", control: false });
    await expect(
      repo.learning.addVariant(a, { contentId: "doc-1", locale: "es-AR", name: "a", content: "z", control: false }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await repo.learning.listVariants(a, "doc-1", "es-AR")).map((row) => [row.name, row.control])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(await repo.learning.listVariants(b, "doc-1", "es-AR")).toEqual([]);
    expect((await repo.learning.listVariants(a, "doc-1", "es-AR", { active: true })).map((row) => row.name)).toEqual([
      "a",
      "b",
    ]);
    await repo.learning.addVariant(a, { contentId: "doc-2", locale: "es-AR", name: "a", content: "x", control: true });
    expect(await repo.learning.endVariants(b, "doc-1", "es-AR", 7_000)).toBe(0);
    expect(await repo.learning.endVariants(a, "doc-1", "es-AR", 7_000)).toBe(2);
    expect(await repo.learning.endVariants(a, "doc-1", "es-AR", 8_000)).toBe(0);
    expect(await repo.learning.listVariants(a, "doc-1", "es-AR", { active: true })).toEqual([]);
    expect((await repo.learning.listVariants(a, "doc-1", "es-AR")).map((row) => row.endedAt)).toEqual([7_000, 7_000]);
    expect((await repo.learning.listVariants(a, "doc-2", "es-AR", { active: true })).map((row) => row.endedAt)).toEqual(
      [null],
    );

    const event = { contentId: "doc-1", locale: "es-AR", variantId: control.id, occurredAt: 5_000 };
    await repo.learning.addEvents(a, [
      { ...event, type: "impression" },
      { ...event, type: "impression" },
      { ...event, type: "conversion" },
      { ...event, variantId: null, type: "click" },
    ]);
    expect(await repo.learning.variantCounts(a, "doc-1", "es-AR")).toEqual([
      { variantId: control.id, impressions: 2, conversions: 1 },
    ]);
    expect(await repo.learning.eventCounts(a, 0)).toEqual([
      { locale: "es-AR", type: "click", count: 1 },
      { locale: "es-AR", type: "conversion", count: 1 },
      { locale: "es-AR", type: "impression", count: 2 },
    ]);
    expect(await repo.learning.eventCounts(a, 6_000)).toEqual([]);
    expect(await repo.learning.variantCounts(b, "doc-1", "es-AR")).toEqual([]);

    const suggestion = {
      locale: "es-AR",
      fromTerm: "celular",
      toTerm: "móvil",
      replacements: 3,
      occurrences: 3,
      confidence: 0.44,
    };
    await repo.learning.upsertSuggestion(a, suggestion);
    await repo.learning.upsertSuggestion(a, { ...suggestion, replacements: 5, occurrences: 5, confidence: 0.57 });
    const [open] = await repo.learning.listSuggestions(a, "open");
    expect(open).toMatchObject({ replacements: 5, confidence: 0.57, status: "open", decidedAt: null });
    if (open === undefined) return;
    expect(await repo.learning.decideSuggestion(b, open.id, "accepted", 9)).toBeNull();
    expect(await repo.learning.decideSuggestion(a, open.id, "accepted", 9)).toMatchObject({
      status: "accepted",
      decidedAt: 9,
    });
    await repo.learning.upsertSuggestion(a, { ...suggestion, replacements: 6 });
    expect((await repo.learning.listSuggestions(a, "accepted")).map((row) => [row.toTerm, row.replacements])).toEqual([
      ["móvil", 6],
    ]);
    expect(await repo.learning.listSuggestions(b)).toEqual([]);

    const vector = new Float32Array([0.25, -0.5, 1, 0]);
    await repo.learning.addMemory(a, {
      locale: "es-AR",
      contentId: "doc-1",
      text: "hola",
      model: "hashing-384",
      vector,
      performance: 1,
    });
    const [memory] = await repo.learning.listMemory(a, "es-AR", 10);
    expect(memory?.vector).toEqual(vector);
    expect(await repo.learning.listMemory(b, "es-AR", 10)).toEqual([]);
  });

  it("spend: sums per scope and period, concurrent additions included", async () => {
    const repo = repository();
    const scope = `provider:test-${Math.random().toString(36).slice(2)}`;
    expect(await repo.spend.spentUsd(scope, "2026-05")).toBe(0);
    await Promise.all(Array.from({ length: 20 }, () => repo.spend.add(scope, "2026-05", 0.25)));
    await repo.spend.add(scope, "2026-06", 1.5);
    expect(await repo.spend.spentUsd(scope, "2026-05")).toBeCloseTo(5, 9);
    expect(await repo.spend.spentUsd(scope, "2026-06")).toBeCloseTo(1.5, 9);
    expect(await repo.spend.spentUsd("provider:other", "2026-05")).toBe(0);
  });

  it("spend: holds only what fits the limit, atomically under concurrent holds, and settles by adding the difference", async () => {
    const repo = repository();
    const scope = `tenant:test-${Math.random().toString(36).slice(2)}`;
    // Room for 5 holds of 0.25: of 20 at once, exactly 5 pass.
    const passed = await Promise.all(Array.from({ length: 20 }, () => repo.spend.reserve(scope, "2026-05", 0.25, 1.3)));
    expect(passed.filter(Boolean)).toHaveLength(5);
    expect(await repo.spend.spentUsd(scope, "2026-05")).toBeCloseTo(1.25, 9);
    // Settling: each hold becomes its actual cost (0.1), one is released.
    await Promise.all([0.1, 0.1, 0.1, 0.1, 0].map((usd) => repo.spend.add(scope, "2026-05", usd - 0.25)));
    expect(await repo.spend.spentUsd(scope, "2026-05")).toBeCloseTo(0.4, 9);
    // A hold of 0 passes while the sum is below the limit, and not once it is reached.
    expect(await repo.spend.reserve(scope, "2026-05", 0, 1.3)).toBe(true);
    expect(await repo.spend.reserve(scope, "2026-05", 0.9, 1.3)).toBe(true);
    expect(await repo.spend.reserve(scope, "2026-05", 0, 1.3)).toBe(false);
    expect(await repo.spend.reserve(scope, "2026-05", 0.01, 1.3)).toBe(false);
    // Another period starts from zero; no limit always passes.
    expect(await repo.spend.reserve(scope, "2026-06", 1.3, 1.3)).toBe(true);
    expect(await repo.spend.reserve(scope, "2026-06", 5, Number.POSITIVE_INFINITY)).toBe(true);
    expect(await repo.spend.spentUsd(scope, "2026-06")).toBeCloseTo(6.3, 9);
    // Sums are compared in micro-dollars, whatever the order of the additions made of the double:
    // 0.7 + 0.6 reads 1.2999999999999998 and has reached 1.3; 0.2 + 0.1 reads 0.30000000000000004 and fits 0.3.
    await repo.spend.add(scope, "2026-07", 0.7);
    await repo.spend.add(scope, "2026-07", 0.6);
    expect(await repo.spend.reserve(scope, "2026-07", 0, 1.3)).toBe(false);
    await repo.spend.add(scope, "2026-08", 0.2);
    expect(await repo.spend.reserve(scope, "2026-08", 0.1, 0.3)).toBe(true);
  });
}
