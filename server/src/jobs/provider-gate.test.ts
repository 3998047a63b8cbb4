import { describe, expect, it, vi } from "vitest";
import { createProviderGate } from "./provider-gate.ts";

describe("provider gate", () => {
  it("never lets more than maxConcurrency calls run at once", async () => {
    const gate = createProviderGate({ maxConcurrency: 3 });
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        const release = await gate.acquire();
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 2));
        running -= 1;
        release();
      }),
    );
    expect(peak).toBe(3);
  });

  // Fake timers: the spacing is a property of the gate, not of how busy the machine running the test is.
  it("spaces starts at the allowed rate and holds every start during a pause", async () => {
    vi.useFakeTimers({ now: 1_000 });
    try {
      const gate = createProviderGate({ maxConcurrency: 100, requestsPerMinute: 60_000 });
      const starts: number[] = [];
      gate.pause(30);
      const all = Promise.all(
        Array.from({ length: 10 }, async () => {
          const release = await gate.acquire();
          starts.push(Date.now() - 1_000);
          release();
        }),
      );
      await vi.advanceTimersByTimeAsync(100);
      await all;
      // 60 000 a minute is one a millisecond from the end of the pause; the bucket holds two starts, both
      // taken at once after the idle time.
      expect(starts).toEqual([30, 30, 31, 32, 33, 34, 35, 36, 37, 38]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("makes up one late start after a stall, never a burst", async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const gate = createProviderGate({ maxConcurrency: 100, requestsPerMinute: 60_000 });
      const starts: number[] = [];
      const all = Promise.all(
        Array.from({ length: 6 }, async () => {
          const release = await gate.acquire();
          starts.push(Date.now());
          release();
        }),
      );
      await vi.advanceTimersByTimeAsync(0);
      // The event loop stalls 5 ms: the timer for the start due at 1 ms runs at 6 ms.
      vi.setSystemTime(5);
      await vi.advanceTimersByTimeAsync(1);
      await vi.advanceTimersByTimeAsync(10);
      await all;
      expect(starts).toEqual([0, 6, 6, 7, 8, 9]);
    } finally {
      vi.useRealTimers();
    }
  });
});
