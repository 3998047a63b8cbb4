import { describe, expect, it } from "vitest";
import {
  type BulkRun,
  finalStatus,
  firstPendingPosition,
  jobItems,
  nextDelay,
  segmentField,
  settledDocuments,
} from "./bulk-run.ts";
import type { JobItemResult } from "./services/frontier-client.ts";

const run = (overrides: Partial<BulkRun> = {}): BulkRun => ({
  id: "run-1",
  serverJobId: "job-1",
  uid: "api::article.article",
  sourceLocale: "es-ES",
  targetLocales: ["es-MX", "es-AR"],
  // Two texts each into two locales: a at positions 0-3, b at 4-7; c had nothing to send.
  documents: [
    { documentId: "a", start: 0, items: 4 },
    { documentId: "b", start: 4, items: 4 },
    { documentId: "c", start: 8, items: 0 },
  ],
  applied: [],
  written: 0,
  errors: [],
  status: "running",
  startedAt: 0,
  deadline: 60_000,
  server: null,
  ...overrides,
});

const item = (position: number, status: string): JobItemResult => ({
  position,
  document: position < 4 ? "a" : "b",
  field: "text:x",
  locale: position % 2 === 0 ? "es-MX" : "es-AR",
  status,
  content: status === "succeeded" ? "copia" : null,
  error: status === "failed" ? "boom" : null,
});

describe("bulk runs", () => {
  it("sends each distinct text of a document once, tagged with its format", () => {
    const items = jobItems("a", [
      { format: "text", text: "Hola" },
      { format: "rich-text", text: "[]" },
    ]);
    expect(items.map((i) => [i.document, i.format, i.text])).toEqual([
      ["a", "text", "Hola"],
      ["a", "rich-text", "[]"],
    ]);
    expect(items[0]?.field).toBe(segmentField({ format: "text", text: "Hola" }));
    expect(segmentField({ format: "text", text: "Hola" })).not.toBe(segmentField({ format: "markdown", text: "Hola" }));
    expect(segmentField({ format: "rich-text", text: "x".repeat(20_000) }).length).toBeLessThanOrEqual(100);
  });

  it("settles a document only when every one of its items has finished, failed ones included", () => {
    const items = [0, 1, 2, 3, 4, 5, 6].map((p) => item(p, p === 1 ? "failed" : "succeeded"));
    const settled = settledDocuments(run(), items);
    expect([...settled.keys()]).toEqual(["a"]);
    expect(settled.get("a")?.map((i) => i.position)).toEqual([0, 1, 2, 3]);
    expect(settledDocuments(run(), [...items, item(7, "running")]).has("b")).toBe(false);
    expect(settledDocuments(run(), [...items, item(7, "succeeded")]).has("b")).toBe(true);
    expect(settledDocuments(run({ applied: ["a"] }), items).size).toBe(0);
  });

  it("reads the job from the first document still pending", () => {
    expect(firstPendingPosition(run())).toBe(0);
    expect(firstPendingPosition(run({ applied: ["a"] }))).toBe(4);
    expect(firstPendingPosition(run({ applied: ["a", "b"] }))).toBeNull();
  });

  it("is done once every document is applied, failed when none could be written", () => {
    expect(finalStatus(run({ applied: ["a", "b"] }))).toBe("running");
    expect(
      finalStatus(run({ applied: ["a", "b", "c"], written: 1, errors: [{ documentId: "a", message: "x" }] })),
    ).toBe("done");
    expect(finalStatus(run({ applied: ["a", "b", "c"], errors: [{ documentId: "a", message: "x" }] }))).toBe("failed");
  });

  it("polls at growing intervals within the bounds", () => {
    const bounds = { min: 500, max: 5_000 };
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 6; i++) {
      delay = nextDelay(delay, bounds);
      delays.push(delay);
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000]);
  });
});
