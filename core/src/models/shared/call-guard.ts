import type { ProviderTimeouts } from "../contract/provider-timeouts.ts";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import { ProviderTimeoutError, type TimeoutPhase } from "../errors/provider-timeout-error.ts";
import { toProviderError } from "./sdk-error.ts";

export const defaultTimeouts: ProviderTimeouts = {
  connectMs: 10_000,
  firstByteMs: 60_000,
  idleMs: 30_000,
  totalMs: 300_000,
};

/**
 * One upstream call's lifetime: links the caller's signal, runs the connect / first-byte / idle /
 * total timers, and turns whatever ended the call into one typed error.
 */
export class CallGuard {
  readonly signal: AbortSignal;
  readonly #controller = new AbortController();
  readonly #timeouts: ProviderTimeouts;
  readonly #context: { provider: string; model: string };
  readonly #callerSignal: AbortSignal | undefined;
  #phaseTimer: ReturnType<typeof setTimeout> | undefined;
  #totalTimer: ReturnType<typeof setTimeout> | undefined;
  #fired: ProviderTimeoutError | undefined;
  #completed = false;
  #onCallerAbort = (): void => this.#controller.abort();

  constructor(options: {
    provider: string;
    model: string;
    timeouts: ProviderTimeouts;
    callerSignal: AbortSignal | undefined;
  }) {
    this.#timeouts = options.timeouts;
    this.#context = { provider: options.provider, model: options.model };
    this.#callerSignal = options.callerSignal;
    this.signal = this.#controller.signal;
    if (options.callerSignal?.aborted) this.#controller.abort();
    options.callerSignal?.addEventListener("abort", this.#onCallerAbort, { once: true });
    this.#totalTimer = this.#startTimer("total", options.timeouts.totalMs);
    this.#phaseTimer = this.#startTimer("connect", options.timeouts.connectMs);
  }

  /** Response headers arrived: the connect phase is over, now waiting for content. */
  headersReceived(): void {
    this.#restartPhase("first-byte", this.#timeouts.firstByteMs);
  }

  /** Some content arrived: from now on, only silence longer than `idleMs` fails the call. */
  contentReceived(): void {
    this.#restartPhase("idle", this.#timeouts.idleMs);
  }

  /** The whole answer was read: `finish` must leave the connection alone so it can be reused. */
  complete(): void {
    this.#completed = true;
  }

  /** Stops the timers and, if the call did not complete, aborts the upstream request. */
  finish(): void {
    clearTimeout(this.#phaseTimer);
    clearTimeout(this.#totalTimer);
    this.#callerSignal?.removeEventListener("abort", this.#onCallerAbort);
    if (!this.#completed) this.#controller.abort();
  }

  /** The error to throw for `error`, caught from the SDK: our timeout, the caller's abort, or the SDK's failure. */
  toError(error: unknown): Error {
    if (this.#fired) return this.#fired;
    if (this.#callerSignal?.aborted) return new CallAbortedError({ cause: error });
    return toProviderError(error, this.#context);
  }

  /** Throws if a timer fired or the caller aborted (for checks between SDK calls). */
  throwIfAborted(): void {
    if (this.#fired) throw this.#fired;
    if (this.#callerSignal?.aborted) throw new CallAbortedError({ cause: this.#callerSignal.reason });
  }

  #restartPhase(phase: TimeoutPhase, timeoutMs: number): void {
    clearTimeout(this.#phaseTimer);
    this.#phaseTimer = this.#startTimer(phase, timeoutMs);
  }

  #startTimer(phase: TimeoutPhase, timeoutMs: number): ReturnType<typeof setTimeout> | undefined {
    if (!Number.isFinite(timeoutMs)) return undefined;
    return setTimeout(() => {
      this.#fired ??= new ProviderTimeoutError({ provider: this.#context.provider, phase, timeoutMs });
      this.#controller.abort(this.#fired);
    }, timeoutMs);
  }
}

export function resolveTimeouts(
  providerDefaults: Partial<ProviderTimeouts> | undefined,
  perCall: Partial<ProviderTimeouts> | undefined,
): ProviderTimeouts {
  return { ...defaultTimeouts, ...providerDefaults, ...perCall };
}
