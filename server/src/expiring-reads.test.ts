import { describe, expect, it } from "vitest";
import { createExpiringReads } from "./expiring-reads.ts";

describe("createExpiringReads", () => {
  it("reads once per period, again after it, and shares a pending read", async () => {
    let clock = 0;
    let reads = 0;
    const cache = createExpiringReads<number>({ ttlMs: 100, maxEntries: 10, now: () => clock });
    const read = async () => ++reads;
    const [first, second] = await Promise.all([cache.get("a", read), cache.get("a", read)]);
    expect([first, second, reads]).toEqual([1, 1, 1]);
    clock = 99;
    expect(await cache.get("a", read)).toBe(1);
    clock = 100;
    expect(await cache.get("a", read)).toBe(2);
    cache.forget("a");
    expect(await cache.get("a", read)).toBe(3);
  });

  it("does not keep a failed read, and drops the oldest entry past the limit", async () => {
    const cache = createExpiringReads<string>({ ttlMs: 1_000, maxEntries: 2, now: () => 0 });
    await expect(cache.get("a", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("a", async () => "up")).toBe("up");
    await cache.get("b", async () => "b");
    await cache.get("c", async () => "c");
    expect(await cache.get("a", async () => "read again")).toBe("read again");
    expect(await cache.get("c", async () => "not read")).toBe("c");
  });
});
