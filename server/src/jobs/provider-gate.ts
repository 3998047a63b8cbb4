/** Limits for one provider, as the operator configures them to match the provider's own quota. */
export interface ProviderGateLimits {
  /** Calls in flight at once. */
  maxConcurrency: number;
  /** Calls started per minute; unset: no rate limit. */
  requestsPerMinute?: number;
}

/**
 * Admission for calls to one provider: at most `maxConcurrency` in flight and starts spaced at the allowed rate
 * (a token bucket holding two tokens, so a late start is made up without a burst). A 429 pauses every start until its
 * Retry-After passes, so workers wait instead of storming the provider with retries.
 */
export interface ProviderGate {
  acquire(): Promise<() => void>;
  pause(ms: number): void;
  readonly active: number;
}

export function createProviderGate(limits: ProviderGateLimits, now: () => number = Date.now): ProviderGate {
  const spacingMs = limits.requestsPerMinute ? 60_000 / limits.requestsPerMinute : 0;
  let active = 0;
  let nextStartAt = 0;
  let pausedUntil = 0;
  const waiting: (() => void)[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const pump = () => {
    timer = undefined;
    while (waiting.length > 0 && active < limits.maxConcurrency) {
      const at = now();
      const startAt = Math.max(nextStartAt, pausedUntil);
      if (startAt > at) {
        timer = setTimeout(pump, startAt - at);
        return;
      }
      // A start that came late (event-loop delay) may be made up once, never more: a burst of two at most.
      nextStartAt = Math.max(at - spacingMs, nextStartAt) + spacingMs;
      active += 1;
      waiting.shift()?.();
    }
  };

  return {
    get active() {
      return active;
    },
    acquire() {
      return new Promise((resolve) => {
        let released = false;
        waiting.push(() =>
          resolve(() => {
            if (released) return;
            released = true;
            active -= 1;
            if (!timer) pump();
          }),
        );
        if (!timer) pump();
      });
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
  };
}
