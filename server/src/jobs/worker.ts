import { randomBytes } from "node:crypto";
import { localize, type ModelCaller, type TenantCulture } from "@frontier-ai/core";
import type { JobItem, Repository } from "../db/repository.ts";
import type { JobStatus } from "../types.ts";
import { backoffDelay } from "./backoff.ts";
import { type LocalizeItemInput, localizeItemInput } from "./localize-job.ts";
import { createProviderGate, type ProviderGate, type ProviderGateLimits } from "./provider-gate.ts";
import { classifyFailure } from "./retry.ts";

/** What a settled job tells the outside (webhooks). */
export interface JobEvents {
  jobSettled(tenantId: string, jobId: string, status: JobStatus, counts: Record<JobStatus, number>): Promise<void>;
}

export type LocalizeOne = (
  item: LocalizeItemInput,
  models: ModelCaller,
  tenant: { id: string; culture: TenantCulture | undefined },
) => Promise<{ content: string; score: number; provider: string; model: string }>;

export interface JobWorkerOptions {
  repository: Repository;
  models: ModelCaller;
  /** This worker's lease name; random by default. */
  owner?: string;
  /** Items in flight at once, all providers together. */
  concurrency?: number;
  /** Per provider id (`default` for calls the router places); the default is 4 in flight, no rate. */
  providerLimits?: Readonly<Record<string, ProviderGateLimits>>;
  /** How long a claimed item stays this worker's without renewal; a dead worker's items come back after it. */
  leaseMs?: number;
  pollMs?: number;
  /** drain() ends after this long without an item to claim or in flight. */
  drainIdleMs?: number;
  maxAttempts?: number;
  backoff?: { baseMs: number; maxMs: number };
  events?: JobEvents;
  now?: () => number;
  /** Replaces the call to core's `localize` (tests script failures with it). */
  localizeOne?: LocalizeOne;
  /** Each tenant's culture (accepted lexicon overrides); without it every item uses the bundled one. */
  cultures?: { forTenant(tenantId: string): Promise<TenantCulture | undefined> };
  onItem?: (event: { jobId: string; status: JobStatus; reused: boolean }) => void;
}

export interface WorkerStats {
  claimed: number;
  succeeded: number;
  reused: number;
  retried: number;
  failed: number;
  lostLeases: number;
}

export interface JobWorker {
  /** Works until no item is due, then resolves. */
  drain(): Promise<WorkerStats>;
  /** Works until `stop()`, polling for new items when idle. */
  run(): Promise<WorkerStats>;
  stop(): Promise<void>;
  readonly stats: WorkerStats;
}

const defaultLocalizeOne: LocalizeOne = async (item, models, tenant) => {
  const [result] = await localize(
    {
      content: item.text,
      format: item.format,
      from: item.sourceLocale,
      to: [item.locale],
      tenant: tenant.id,
      ...(item.provider && { provider: item.provider }),
    },
    { models, ...(tenant.culture && { culture: tenant.culture }) },
  );
  if (!result) throw new Error(`localize returned no result for ${item.locale}`);
  return { content: result.content, score: result.score, provider: result.provider, model: result.model };
};

/**
 * The batch worker: claims due items, localizes each through the model router within its provider's gate, and
 * writes the copy together with the item's new state. A crash at any point leaves each item either done (copy
 * written once) or leased; an expired lease sends it back to a worker, and copy already under the item's key is
 * reused instead of paid for again.
 */
export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const repository = options.repository;
  const owner = options.owner ?? `wrk_${randomBytes(9).toString("base64url")}`;
  const concurrency = options.concurrency ?? 8;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const drainIdleMs = options.drainIdleMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoff ?? { baseMs: 1_000, maxMs: 60_000 };
  const now = options.now ?? Date.now;
  const localizeOne = options.localizeOne ?? defaultLocalizeOne;
  const gates = new Map<string, ProviderGate>();
  const inFlight = new Map<string, Promise<void>>();
  const stats: WorkerStats = { claimed: 0, succeeded: 0, reused: 0, retried: 0, failed: 0, lostLeases: 0 };
  let stopping = false;
  // Set when an item finishes or stop() is called, so the loop never sleeps through a free slot.
  let woken = false;
  let wake: () => void = () => {};
  const signal = () => {
    woken = true;
    wake();
  };
  let loop: Promise<WorkerStats> | undefined;

  const gateFor = (provider: string): ProviderGate => {
    let gate = gates.get(provider);
    if (!gate) {
      gate = createProviderGate(options.providerLimits?.[provider] ?? { maxConcurrency: 4 }, now);
      gates.set(provider, gate);
    }
    return gate;
  };

  const settle = async (item: JobItem) => {
    const status = await repository.jobs.settle(item.tenantId, item.jobId);
    if (status && options.events) {
      const counts = await repository.jobs.countItems(item.tenantId, item.jobId);
      await options.events.jobSettled(item.tenantId, item.jobId, status, counts);
    }
  };

  const finish = (item: JobItem, status: JobStatus, reused: boolean, won: boolean) => {
    if (!won) {
      stats.lostLeases += 1;
      return;
    }
    if (status === "succeeded") stats.succeeded += 1;
    if (status === "failed") stats.failed += 1;
    if (status === "queued") stats.retried += 1;
    if (reused) stats.reused += 1;
    options.onItem?.({ jobId: item.jobId, status, reused });
  };

  const processItem = async (item: JobItem) => {
    const parsed = localizeItemInput.safeParse(item.input);
    if (!parsed.success) {
      const won = await repository.jobs.failItem(item.tenantId, item.id, owner, {
        error: `invalid item: ${parsed.error.message}`,
        retryAt: null,
      });
      finish(item, "failed", false, won);
      return settle(item);
    }
    const input = parsed.data;
    const key = {
      documentKey: input.document,
      field: input.field,
      locale: input.locale,
      sourceDigest: input.sourceDigest,
    };
    const existing = await repository.jobs.findLocalized(item.tenantId, key);
    if (existing) {
      const output = { content: existing.content, reused: true };
      const won = await repository.jobs.completeItem(item.tenantId, item.id, owner, { output, localized: null });
      finish(item, "succeeded", true, won);
      return settle(item);
    }
    const gate = gateFor(input.provider ?? "default");
    const release = await gate.acquire();
    let result: Awaited<ReturnType<LocalizeOne>>;
    try {
      const culture = await options.cultures?.forTenant(item.tenantId);
      result = await localizeOne(input, options.models, { id: item.tenantId, culture });
    } catch (error) {
      release();
      const kind = classifyFailure(error);
      if (kind.rateLimited) gate.pause(kind.retryAfterMs ?? backoff.baseMs);
      const retry = kind.retryable && item.attempts < maxAttempts;
      const delay = Math.max(kind.retryAfterMs ?? 0, backoffDelay(item.attempts, backoff));
      const message = error instanceof Error ? error.message : String(error);
      const won = await repository.jobs.failItem(item.tenantId, item.id, owner, {
        error: message.slice(0, 2_000),
        retryAt: retry ? now() + delay : null,
      });
      finish(item, retry ? "queued" : "failed", false, won);
      if (!retry) await settle(item);
      return;
    }
    release();
    const won = await repository.jobs.completeItem(item.tenantId, item.id, owner, {
      output: { ...result, reused: false },
      localized: { ...key, content: result.content },
    });
    finish(item, "succeeded", false, won);
    await settle(item);
  };

  const renewal = () =>
    setInterval(
      () => {
        const ids = [...inFlight.keys()];
        repository.jobs.renewLeases(owner, ids, now() + leaseMs).catch(() => {});
      },
      Math.max(50, leaseMs / 3),
    );

  const work = async (untilIdle: boolean): Promise<WorkerStats> => {
    const timer = renewal();
    let idleSince = now();
    try {
      while (!stopping) {
        woken = false;
        const free = concurrency - inFlight.size;
        const claimed = free > 0 ? await repository.jobs.claimItems(owner, { limit: free, leaseMs, now: now() }) : [];
        stats.claimed += claimed.length;
        for (const item of claimed) {
          const task = processItem(item)
            .catch(() => {
              // The item stays leased and returns to the queue when the lease expires.
            })
            .finally(() => {
              inFlight.delete(item.id);
              signal();
            });
          inFlight.set(item.id, task);
        }
        if (claimed.length > 0 || inFlight.size > 0) idleSince = now();
        if (claimed.length > 0 && inFlight.size < concurrency) continue;
        // Idle for drainIdleMs: on MySQL an empty claim may only mean another worker's rows were locked.
        if (untilIdle && now() - idleSince >= drainIdleMs) break;
        if (woken) continue;
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, inFlight.size > 0 ? pollMs * 10 : pollMs);
        });
        wake = () => {};
      }
      await Promise.all(inFlight.values());
      return { ...stats };
    } finally {
      clearInterval(timer);
    }
  };

  return {
    stats,
    drain: () => work(true),
    run() {
      loop = work(false);
      return loop;
    },
    async stop() {
      stopping = true;
      signal();
      await loop;
    },
  };
}
