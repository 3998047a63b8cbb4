import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import { ProviderLimiter } from "./provider-limiter.ts";

describe("ProviderLimiter", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("queues calls beyond the concurrency limit in arrival order", async () => {
    const limiter = new ProviderLimiter({ maxConcurrency: 2 });
    const order: number[] = [];
    const leases = await Promise.all([limiter.acquire(1), limiter.acquire(1)]);
    const waiting = [3, 4].map((id) =>
      limiter.acquire(1).then((lease) => {
        order.push(id);
        return lease;
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(limiter.queued).toBe(2);
    leases[0]?.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(order).toEqual([3]);
    leases[1]?.release();
    await Promise.all(waiting);
    expect(order).toEqual([3, 4]);
  });

  it("spends a token-per-minute budget and waits for it to refill", async () => {
    const limiter = new ProviderLimiter({ tokensPerMinute: 600 }, () => Date.now());
    await limiter.acquire(600);
    let granted = false;
    const next = limiter.acquire(100).then(() => {
      granted = true;
    });
    await vi.advanceTimersByTimeAsync(9_999);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await next;
    expect(granted).toBe(true);
  });

  it("refunds the estimate when the call used fewer tokens", async () => {
    const limiter = new ProviderLimiter({ tokensPerMinute: 1000 }, () => Date.now());
    const lease = await limiter.acquire(1000);
    lease.release(200);
    let granted = false;
    void limiter.acquire(800).then(() => {
      granted = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toBe(true);
  });

  it("holds the whole queue while a provider's Retry-After runs", async () => {
    const limiter = new ProviderLimiter({}, () => Date.now());
    limiter.pauseFor(500);
    let granted = false;
    const next = limiter.acquire(1).then(() => {
      granted = true;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(granted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await next;
    expect(granted).toBe(true);
  });

  it("drops a queued call whose signal fires", async () => {
    const limiter = new ProviderLimiter({ maxConcurrency: 1 });
    const held = await limiter.acquire(1);
    const controller = new AbortController();
    const waiting = limiter.acquire(1, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(CallAbortedError);
    expect(limiter.queued).toBe(0);
    held.release();
    expect(limiter.active).toBe(0);
  });
});
