import { CallAbortedError } from "../errors/call-aborted-error.ts";

export interface ProviderLimits {
  /** Calls in flight at once; the rest wait in a FIFO queue. */
  maxConcurrency?: number;
  /** Token-rate budget (prompt estimate + max output), refilled continuously. */
  tokensPerMinute?: number;
}

export interface Lease {
  /** Frees the slot; `actualTokens` corrects the estimate charged at acquire time. */
  release(actualTokens?: number): void;
}

interface Waiter {
  tokens: number;
  resolve: (lease: Lease) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

const noopLease: Lease = { release: () => {} };

/**
 * Per provider: a queue in front of the provider so a batch job waits its turn instead of firing
 * hundreds of calls that come back as 429s. A 429's `retry-after` pauses the whole queue.
 */
export class ProviderLimiter {
  readonly #maxConcurrency: number;
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #now: () => number;
  readonly #queue: Waiter[] = [];
  #active = 0;
  #tokens: number;
  #refilledAt: number;
  #pausedUntil = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(limits: ProviderLimits, now: () => number = Date.now) {
    this.#maxConcurrency = limits.maxConcurrency ?? Number.POSITIVE_INFINITY;
    this.#capacity = limits.tokensPerMinute ?? Number.POSITIVE_INFINITY;
    this.#refillPerMs = (limits.tokensPerMinute ?? 0) / 60_000;
    this.#now = now;
    this.#tokens = this.#capacity;
    this.#refilledAt = now();
  }

  get queued(): number {
    return this.#queue.length;
  }

  get active(): number {
    return this.#active;
  }

  acquire(estimatedTokens: number, signal?: AbortSignal): Promise<Lease> {
    if (signal?.aborted) return Promise.reject(new CallAbortedError({ cause: signal.reason }));
    if (this.#maxConcurrency === Number.POSITIVE_INFINITY && this.#capacity === Number.POSITIVE_INFINITY) {
      if (this.#now() >= this.#pausedUntil) return Promise.resolve(noopLease);
    }
    return new Promise<Lease>((resolve, reject) => {
      const waiter: Waiter = {
        // A request larger than the whole budget still runs, alone, once the bucket is full.
        tokens: Math.min(estimatedTokens, this.#capacity),
        resolve,
        reject,
        signal,
        onAbort: () => {
          const index = this.#queue.indexOf(waiter);
          if (index >= 0) this.#queue.splice(index, 1);
          reject(new CallAbortedError({ cause: signal?.reason }));
          this.#pump();
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#queue.push(waiter);
      this.#pump();
    });
  }

  /** Holds every queued call until `milliseconds` from now (a provider said it is rate limiting us). */
  pauseFor(milliseconds: number): void {
    this.#pausedUntil = Math.max(this.#pausedUntil, this.#now() + milliseconds);
    this.#pump();
  }

  #refill(): void {
    if (this.#capacity === Number.POSITIVE_INFINITY) return;
    const now = this.#now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#refilledAt) * this.#refillPerMs);
    this.#refilledAt = now;
  }

  #pump(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#refill();
    while (this.#queue.length > 0) {
      const head = this.#queue[0];
      if (!head) break;
      const waitMs = this.#waitFor(head);
      if (waitMs === "concurrency") return;
      if (waitMs > 0) {
        this.#timer = setTimeout(() => this.#pump(), waitMs);
        return;
      }
      this.#queue.shift();
      head.signal?.removeEventListener("abort", head.onAbort);
      this.#active += 1;
      if (this.#capacity !== Number.POSITIVE_INFINITY) this.#tokens -= head.tokens;
      head.resolve(this.#lease(head.tokens));
    }
  }

  /** 0 when `waiter` may go now; otherwise how long to wait, or "concurrency" (a release will pump). */
  #waitFor(waiter: Waiter): number | "concurrency" {
    const pause = this.#pausedUntil - this.#now();
    if (pause > 0) return pause;
    if (this.#active >= this.#maxConcurrency) return "concurrency";
    if (this.#capacity === Number.POSITIVE_INFINITY || this.#tokens >= waiter.tokens) return 0;
    return Math.max(1, Math.ceil((waiter.tokens - this.#tokens) / this.#refillPerMs));
  }

  #lease(charged: number): Lease {
    let released = false;
    return {
      release: (actualTokens) => {
        if (released) return;
        released = true;
        this.#active -= 1;
        if (actualTokens !== undefined && this.#capacity !== Number.POSITIVE_INFINITY) {
          this.#tokens = Math.min(this.#capacity, this.#tokens + charged - actualTokens);
        }
        this.#pump();
      },
    };
  }
}
