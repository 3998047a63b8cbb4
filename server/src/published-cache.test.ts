import { describe, expect, it } from "vitest";
import { createPublishedCache } from "./published-cache.ts";

describe("published cache", () => {
  it("keeps one document id of two tenants apart, in reads and in invalidation", () => {
    const cache = createPublishedCache({ now: () => 0 });
    cache.set("ten_a", "wp-post-123", "es-AR", '{"content":"a"}');
    expect(cache.get("ten_b", "wp-post-123", "es-AR")).toBeUndefined();
    cache.set("ten_b", "wp-post-123", "es-AR", '{"content":"b"}');
    expect(cache.get("ten_a", "wp-post-123", "es-AR")?.body).toBe('{"content":"a"}');
    expect(cache.get("ten_b", "wp-post-123", "es-AR")?.body).toBe('{"content":"b"}');
    cache.invalidate("ten_b", "wp-post-123", "es-AR");
    expect(cache.get("ten_b", "wp-post-123", "es-AR")).toBeUndefined();
    expect(cache.get("ten_a", "wp-post-123", "es-AR")?.body).toBe('{"content":"a"}');
  });

  it("cannot confuse a tenant and id whose joined text is the same", () => {
    const cache = createPublishedCache({ now: () => 0 });
    cache.set("ten_a", "b:c", "es", "one");
    expect(cache.get("ten_a:b", "c", "es")).toBeUndefined();
  });
});
