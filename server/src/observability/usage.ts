import type { RequestRecord, RequestRepository } from "../db/repository.ts";

export interface UsageRecorder {
  /** Queues one request's usage; written with others in one statement, off the request's path. */
  record(request: Omit<RequestRecord, "id">): void;
  /** Writes what is queued (at close, and in tests). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Buffers usage rows and writes them together every `intervalMs` or `maxRows`, so a request costs no write of
 * its own. A failed write is reported and dropped: usage is for reporting, not for billing-grade accounting.
 */
export function createUsageRecorder(
  requests: RequestRepository,
  options: { intervalMs?: number; maxRows?: number; onError?: (error: unknown) => void } = {},
): UsageRecorder {
  const maxRows = options.maxRows ?? 500;
  let queue: Omit<RequestRecord, "id">[] = [];
  let writing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (queue.length === 0) return writing;
    const rows = queue;
    queue = [];
    writing = writing.then(() => requests.recordMany(rows)).catch((error: unknown) => options.onError?.(error));
    return writing;
  }

  const timer = setInterval(() => void flush(), options.intervalMs ?? 1000);
  timer.unref();

  return {
    record(request) {
      queue.push(request);
      if (queue.length >= maxRows) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
