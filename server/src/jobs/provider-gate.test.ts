import { describe, expect, it } from "vitest";
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

  it("spaces starts at the allowed rate and holds every start during a pause", async () => {
    const gate = createProviderGate({ maxConcurrency: 100, requestsPerMinute: 60_000 });
    const starts: number[] = [];
    gate.pause(30);
    const begin = Date.now();
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        const release = await gate.acquire();
        starts.push(Date.now() - begin);
        release();
      }),
    );
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(29);
    // 60 000 a minute is one a millisecond; one late start may be made up: ten starts take at least 8 ms.
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(8);
  });
});
