import type { ModelTask } from "../contract/model-task.ts";
import type { TokenUsage } from "../contract/token-usage.ts";

/** One try on one candidate, in order: the fallback path of the call. */
export interface AttemptRecord {
  provider: string;
  model: string;
  /** `success`, an error `code` (`provider_api_error`, `provider_timeout` …) or `skipped:<reason>`. */
  outcome: string;
  status?: number;
  latencyMs: number;
}

/** Emitted once per router call, whatever happened; the server turns it into metrics and logs. */
export interface ModelCallEvent {
  task: ModelTask;
  contentType: string | undefined;
  tenant: string | undefined;
  streaming: boolean;
  /** `success`, `error` or `aborted`. */
  outcome: "success" | "error" | "aborted";
  /** The final error's code when `outcome` is not `success`. */
  errorCode: string | undefined;
  /** Provider and model that produced the answer (also for cache hits and idempotent replays). */
  provider: string | undefined;
  model: string | undefined;
  /** Milliseconds from the call to the first text delivered (streaming) or to the result. */
  latencyToFirstByteMs: number | undefined;
  latencyMs: number;
  usage: TokenUsage | undefined;
  /** USD; 0 for cache hits and replays; undefined when the model has no price in the table. */
  costUsd: number | undefined;
  /** Retries on the same candidate, summed over candidates. */
  retries: number;
  /** Every try and skip, in order. */
  attempts: readonly AttemptRecord[];
  /** Number of `restart` events sent to a streaming consumer. */
  restarts: number;
  cacheHit: boolean;
  idempotentReplay: boolean;
}

export type ModelCallListener = (event: ModelCallEvent) => void;
