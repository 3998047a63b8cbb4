export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long it stays open before letting one trial call through (half-open). */
  openMs: number;
}

export const defaultCircuitBreaker: CircuitBreakerOptions = { failureThreshold: 5, openMs: 30_000 };

/**
 * Per provider+model. Closed: calls pass, failures count. Open: calls are refused until `openMs`
 * passed. Half-open: one trial passes; its success closes the circuit, its failure reopens it.
 */
export class CircuitBreaker {
  readonly #options: CircuitBreakerOptions;
  readonly #now: () => number;
  #state: CircuitState = "closed";
  #failures = 0;
  #openedAt = 0;
  #trialInFlight = false;

  constructor(options: CircuitBreakerOptions, now: () => number = Date.now) {
    this.#options = options;
    this.#now = now;
  }

  get state(): CircuitState {
    if (this.#state === "open" && this.#now() - this.#openedAt >= this.#options.openMs) return "half-open";
    return this.#state;
  }

  /** Asks to make a call: `0` means go ahead, otherwise the milliseconds until a trial is possible. */
  tryAcquire(): number {
    const state = this.state;
    if (state === "closed") return 0;
    if (state === "half-open" && !this.#trialInFlight) {
      this.#state = "half-open";
      this.#trialInFlight = true;
      return 0;
    }
    const remaining = this.#options.openMs - (this.#now() - this.#openedAt);
    return Math.max(1, remaining);
  }

  recordSuccess(): void {
    this.#state = "closed";
    this.#failures = 0;
    this.#trialInFlight = false;
  }

  recordFailure(): void {
    this.#failures += 1;
    if (this.#state === "half-open" || this.#failures >= this.#options.failureThreshold) {
      this.#state = "open";
      this.#openedAt = this.#now();
    }
    this.#trialInFlight = false;
  }

  /** The call ended without telling us anything about the provider's health (e.g. the caller aborted). */
  recordNeutral(): void {
    this.#trialInFlight = false;
  }
}
