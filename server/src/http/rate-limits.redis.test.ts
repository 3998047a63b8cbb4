import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import type { Principal } from "../auth/principal.ts";
import { RateLimitedError } from "../errors.ts";
import { createRateLimits } from "./rate-limits.ts";

// Runs when REDIS_URL names a Redis on loopback (the test command sets it when 127.0.0.1:6379 answers).
const redisUrl = process.env.REDIS_URL ?? "";
const settings = { keyPerMinute: 2, tenantPerMinute: 100, addressPerMinute: 100 };
const principal = (keyId: string): Principal => ({
  tenantId: `ten_${keyId}`,
  keyId,
  kind: "secret",
  role: "viewer",
  permissions: new Set(),
  via: "key",
  quotaPerMinute: null,
});

describe("rate limits in Redis", () => {
  it("shares counters between two limiters, as two server processes would", async () => {
    const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    try {
      const one = createRateLimits(settings, { kind: "redis", client });
      const two = createRateLimits(settings, { kind: "redis", client });
      const key = principal(`key_${Date.now()}_${Math.random()}`);
      await one.consume(key, "127.0.0.1");
      await two.consume(key, "127.0.0.1");
      const third = one.consume(key, "127.0.0.1");
      await expect(third).rejects.toBeInstanceOf(RateLimitedError);
      await expect(third).rejects.toMatchObject({ limit: "key" });
    } finally {
      client.disconnect();
    }
  });
});
