import {
  type ProductTranslations,
  type ResolvedTarget,
  readProduct,
  readProductsPage,
} from "../admin/resources.server.ts";
import type { AppDatabase } from "../db.server.ts";
import { FrontierApiError } from "../frontier/errors.ts";
import { type LocalizeDependencies, type LocalizeSettings, localizeProduct } from "./localize-product.server.ts";

/**
 * Bulk localization of a shop's catalog, run by the app itself one page per request (the Frontier
 * server's jobs endpoint is not part of its contract yet). Progress lives in the app database, so a
 * closed tab or a restarted app resumes from the saved cursor.
 */
export type BulkJobStatus = "running" | "completed" | "cancelled";

export type BulkJob = {
  id: number;
  shop: string;
  status: BulkJobStatus;
  cursor: string | null;
  pagesDone: boolean;
  total: number;
  processed: number;
  written: number;
  requeued: number;
  failed: number;
  lastError: string | null;
};

/** A product whose source changed mid-translation gets this many passes before it counts as failed. */
export const maxAttempts = 3;

function toJob(row: Record<string, unknown>): BulkJob {
  const status = String(row.status);
  return {
    id: Number(row.id),
    shop: String(row.shop),
    status: status === "completed" || status === "cancelled" ? status : "running",
    cursor: typeof row.cursor === "string" ? row.cursor : null,
    pagesDone: row.pages_done === 1,
    total: Number(row.total),
    processed: Number(row.processed),
    written: Number(row.written),
    requeued: Number(row.requeued),
    failed: Number(row.failed),
    lastError: typeof row.last_error === "string" ? row.last_error : null,
  };
}

export function latestBulkJob(database: AppDatabase, shop: string): BulkJob | null {
  const row = database.prepare("SELECT * FROM bulk_jobs WHERE shop = ? ORDER BY id DESC LIMIT 1").get(shop);
  return row ? toJob(row) : null;
}

export function startBulkJob(database: AppDatabase, shop: string, total: number): BulkJob {
  const now = new Date().toISOString();
  database
    .prepare("UPDATE bulk_jobs SET status = 'cancelled', updated_at = ? WHERE shop = ? AND status = 'running'")
    .run(now, shop);
  database
    .prepare("INSERT INTO bulk_jobs (shop, status, total, created_at, updated_at) VALUES (?, 'running', ?, ?, ?)")
    .run(shop, total, now, now);
  const job = latestBulkJob(database, shop);
  if (!job) throw new Error("bulk job was not stored");
  return job;
}

export function cancelBulkJob(database: AppDatabase, shop: string): void {
  database
    .prepare("UPDATE bulk_jobs SET status = 'cancelled', updated_at = ? WHERE shop = ? AND status = 'running'")
    .run(new Date().toISOString(), shop);
}

function saveJob(database: AppDatabase, job: BulkJob): void {
  database
    .prepare(
      `UPDATE bulk_jobs SET status = ?, cursor = ?, pages_done = ?, processed = ?, written = ?, requeued = ?,
         failed = ?, last_error = ?, updated_at = ? WHERE id = ?`,
    )
    .run(
      job.status,
      job.cursor,
      job.pagesDone ? 1 : 0,
      job.processed,
      job.written,
      job.requeued,
      job.failed,
      job.lastError,
      new Date().toISOString(),
      job.id,
    );
}

function retriesOf(database: AppDatabase, jobId: number, limit: number): { resourceId: string; attempts: number }[] {
  return database
    .prepare("SELECT resource_id, attempts FROM bulk_job_retries WHERE job_id = ? ORDER BY resource_id LIMIT ?")
    .all(jobId, limit)
    .map((row) => ({ resourceId: String(row.resource_id), attempts: Number(row.attempts) }));
}

function setRetry(database: AppDatabase, jobId: number, resourceId: string, attempts: number | null): void {
  if (attempts === null) {
    database.prepare("DELETE FROM bulk_job_retries WHERE job_id = ? AND resource_id = ?").run(jobId, resourceId);
    return;
  }
  database
    .prepare(
      `INSERT INTO bulk_job_retries (job_id, resource_id, attempts) VALUES (?, ?, ?)
       ON CONFLICT (job_id, resource_id) DO UPDATE SET attempts = excluded.attempts`,
    )
    .run(jobId, resourceId, attempts);
}

export type BulkStepInput = {
  job: BulkJob;
  targets: readonly ResolvedTarget[];
  settings: LocalizeSettings;
  pageSize: number;
};

/** Runs one step: first the products re-queued earlier (re-read, so their digests are current), then a page. */
export async function runBulkStep(dependencies: LocalizeDependencies, input: BulkStepInput): Promise<BulkJob> {
  const { database } = dependencies;
  const job = { ...input.job };
  if (job.status !== "running") return job;

  async function attempt(
    resourceId: string,
    attempts: number,
    load: () => Promise<ProductTranslations | null>,
  ): Promise<void> {
    try {
      const product = await load();
      if (!product) {
        setRetry(database, job.id, resourceId, null);
        job.processed++;
        return;
      }
      const outcome = await localizeProduct(dependencies, product, input.targets, input.settings, {
        kind: "needing-work",
      });
      job.written += outcome.written;
      if (outcome.requeued && attempts < maxAttempts) {
        job.requeued++;
        setRetry(database, job.id, resourceId, attempts + 1);
        return;
      }
      // Translations are written; the storefront copy is sent again on the product's next pass.
      if (outcome.storefront.retryable && attempts < maxAttempts) {
        setRetry(database, job.id, resourceId, attempts + 1);
        job.lastError = outcome.storefront.errors[0] ?? null;
        return;
      }
      setRetry(database, job.id, resourceId, null);
      job.processed++;
      const errors = [...outcome.errors, ...outcome.storefront.errors];
      if (outcome.requeued || errors.length > 0) {
        job.failed++;
        job.lastError = errors[0] ?? `${resourceId}: source kept changing while translating`;
      }
    } catch (error) {
      if (error instanceof FrontierApiError && error.isRetryable && attempts < maxAttempts) {
        setRetry(database, job.id, resourceId, attempts + 1);
        job.lastError = error.message;
        return;
      }
      setRetry(database, job.id, resourceId, null);
      job.processed++;
      job.failed++;
      job.lastError = error instanceof Error ? error.message : String(error);
    }
  }

  for (const retry of retriesOf(database, job.id, input.pageSize)) {
    await attempt(retry.resourceId, retry.attempts, () =>
      readProduct(dependencies.graphql, input.targets, retry.resourceId, dependencies.adminOptions),
    );
  }

  if (!job.pagesDone) {
    const page = await readProductsPage(
      dependencies.graphql,
      input.targets,
      { first: input.pageSize, after: job.cursor },
      dependencies.adminOptions,
    );
    for (const product of page.products) {
      await attempt(product.resourceId, 1, async () => product);
    }
    job.cursor = page.nextCursor ?? job.cursor;
    job.pagesDone = page.nextCursor === null;
  }

  if (job.pagesDone && retriesOf(database, job.id, 1).length === 0) job.status = "completed";
  saveJob(database, job);
  return job;
}
