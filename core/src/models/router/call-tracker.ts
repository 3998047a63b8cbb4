import type { ModelRequest } from "../contract/model-request.ts";
import type { ModelResult } from "../contract/model-result.ts";
import type { ModelTask } from "../contract/model-task.ts";
import { CallAbortedError } from "../errors/call-aborted-error.ts";
import { isModelError } from "../errors/model-error.ts";
import type { FailedAttempt } from "../errors/no-provider-available-error.ts";
import { ProviderApiError } from "../errors/provider-api-error.ts";
import type { AttemptRecord, ModelCallEvent, ModelCallListener } from "./call-event.ts";

export function errorCode(error: unknown): string {
  return isModelError(error) ? error.code : "unknown_error";
}

/** Collects what happens during one router call and emits it as one `ModelCallEvent`. */
export class CallTracker {
  readonly attempts: AttemptRecord[] = [];
  readonly #failures: FailedAttempt[] = [];
  readonly #started: number;
  readonly #now: () => number;
  retries = 0;
  restarts = 0;
  cacheHit = false;
  idempotentReplay = false;
  firstByteAt: number | undefined;

  readonly task: ModelTask;
  readonly request: ModelRequest;
  readonly streaming: boolean;

  constructor(task: ModelTask, request: ModelRequest, streaming: boolean, now: () => number) {
    this.task = task;
    this.request = request;
    this.streaming = streaming;
    this.#now = now;
    this.#started = now();
  }

  now(): number {
    return this.#now();
  }

  markFirstByte(): void {
    this.firstByteAt ??= this.#now();
  }

  skip(provider: string, model: string, reason: string): void {
    const outcome = `skipped:${reason}`;
    this.attempts.push({ provider, model, outcome, latencyMs: 0 });
    this.#failures.push({ provider, model, outcome, message: reason });
  }

  attempt(provider: string, model: string, startedAt: number, error?: unknown): void {
    const latencyMs = this.#now() - startedAt;
    if (error === undefined) {
      this.attempts.push({ provider, model, outcome: "success", latencyMs });
      return;
    }
    const outcome = errorCode(error);
    const status = error instanceof ProviderApiError ? error.status : undefined;
    this.attempts.push({ provider, model, outcome, latencyMs, ...(status !== undefined && { status }) });
    this.#failures.push({ provider, model, outcome, message: error instanceof Error ? error.message : String(error) });
  }

  get failures(): readonly FailedAttempt[] {
    return this.#failures;
  }

  emit(listener: ModelCallListener | undefined, outcome: { result?: ModelResult; costUsd?: number; error?: unknown }) {
    if (!listener) return;
    const { result, error } = outcome;
    const event: ModelCallEvent = {
      task: this.task,
      contentType: this.request.contentType,
      tenant: this.request.tenant,
      streaming: this.streaming,
      outcome: error === undefined ? "success" : error instanceof CallAbortedError ? "aborted" : "error",
      errorCode: error === undefined ? undefined : errorCode(error),
      provider: result?.provider,
      model: result?.model,
      latencyToFirstByteMs: this.firstByteAt === undefined ? undefined : this.firstByteAt - this.#started,
      latencyMs: this.#now() - this.#started,
      usage: result?.usage,
      costUsd: outcome.costUsd,
      retries: this.retries,
      attempts: this.attempts,
      restarts: this.restarts,
      cacheHit: this.cacheHit,
      idempotentReplay: this.idempotentReplay,
    };
    try {
      listener(event);
    } catch {
      // A failing metrics listener must not fail the call it describes.
    }
  }
}
