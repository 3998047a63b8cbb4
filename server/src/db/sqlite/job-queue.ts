import { and, asc, count, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { JobStatus } from "../../types.ts";
import { jobStatuses } from "../../types.ts";
import type { JobRepository, WebhookRepository } from "../repository.ts";
import { newId } from "../repository.ts";
import * as t from "./schema.ts";

// The queue half of the jobs and webhooks repositories; ../mysql/job-queue.ts is the same, line for line.
// SQLite has one writer at a time: every queue transaction is a write transaction (BEGIN IMMEDIATE) taken in
// turn within the process, and retried while another process holds the file's write lock.

type Database = LibSQLDatabase<typeof t>;
type QueueFunctions = Omit<JobRepository, "create" | "get" | "listItems">;

const unfinished: JobStatus[] = ["queued", "running"];

/** libsql opens a fresh connection per transaction (without busy_timeout), so waiting is ours to do. */
function singleWriter() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(async () => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await work();
        } catch (error) {
          if (
            attempt >= 200 ||
            !/SQLITE_BUSY|database is locked/i.test(`${String(error)} ${String((error as Error).cause)}`)
          ) {
            throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
        }
      }
    });
    tail = run.catch(() => undefined);
    return run;
  };
}

const writers = new WeakMap<object, ReturnType<typeof singleWriter>>();

function writerFor(db: Database) {
  let writer = writers.get(db);
  if (!writer) {
    writer = singleWriter();
    writers.set(db, writer);
  }
  return writer;
}

export function sqliteJobQueue(db: Database, now: () => number): QueueFunctions {
  const item = t.jobItems;
  const write = writerFor(db);
  return {
    async list(tenantId, limit = 50) {
      return db
        .select()
        .from(t.jobs)
        .where(eq(t.jobs.tenantId, tenantId))
        .orderBy(sql`${t.jobs.createdAt} desc`, asc(t.jobs.id))
        .limit(limit);
    },
    async countItems(tenantId, jobId) {
      const rows = await db
        .select({ status: item.status, n: count() })
        .from(item)
        .where(and(eq(item.tenantId, tenantId), eq(item.jobId, jobId)))
        .groupBy(item.status);
      const counts = Object.fromEntries(jobStatuses.map((status) => [status, 0])) as Record<JobStatus, number>;
      for (const row of rows) counts[row.status] = row.n;
      return counts;
    },
    async claimItems(owner, claim) {
      const due = or(
        and(eq(item.status, "queued"), or(isNull(item.leaseExpiresAt), lte(item.leaseExpiresAt, claim.now))),
        and(eq(item.status, "running"), lte(item.leaseExpiresAt, claim.now)),
      );
      return write(() =>
        db.transaction(async (tx) => {
          const ids = tx.select({ id: item.id }).from(item).where(due).orderBy(asc(item.updatedAt), asc(item.position));
          const claimed = await tx
            .update(item)
            .set({
              status: "running",
              leaseOwner: owner,
              leaseExpiresAt: claim.now + claim.leaseMs,
              attempts: sql`${item.attempts} + 1`,
              updatedAt: claim.now,
            })
            .where(inArray(item.id, ids.limit(claim.limit)))
            .returning();
          const jobIds = [...new Set(claimed.map((row) => row.jobId))];
          if (jobIds.length > 0) {
            await tx
              .update(t.jobs)
              .set({ status: "running", updatedAt: claim.now })
              .where(and(inArray(t.jobs.id, jobIds), eq(t.jobs.status, "queued")));
          }
          return claimed.sort((a, b) => a.position - b.position);
        }),
      );
    },
    async renewLeases(owner, itemIds, until) {
      if (itemIds.length === 0) return 0;
      const rows = await db
        .update(item)
        .set({ leaseExpiresAt: until })
        .where(and(inArray(item.id, [...itemIds]), eq(item.leaseOwner, owner), eq(item.status, "running")))
        .returning({ id: item.id });
      return rows.length;
    },
    async findLocalized(tenantId, key) {
      const f = t.localizedFields;
      const [row] = await db
        .select()
        .from(f)
        .where(
          and(
            eq(f.tenantId, tenantId),
            eq(f.documentKey, key.documentKey),
            eq(f.field, key.field),
            eq(f.locale, key.locale),
            eq(f.sourceDigest, key.sourceDigest),
          ),
        );
      return row ?? null;
    },
    async completeItem(tenantId, itemId, owner, result) {
      const at = now();
      return write(() =>
        db.transaction(async (tx) => {
          const won = await tx
            .update(item)
            .set({ status: "succeeded", output: result.output, error: null, leaseExpiresAt: null, updatedAt: at })
            .where(held(tenantId, itemId, owner))
            .returning({ id: item.id });
          if (won.length === 0) return false;
          if (result.localized) {
            await tx
              .insert(t.localizedFields)
              .values({ ...result.localized, id: newId("loc"), tenantId, jobItemId: itemId, createdAt: at })
              .onConflictDoNothing();
          }
          return true;
        }),
      );
    },
    async failItem(tenantId, itemId, owner, failure) {
      const rows = await db
        .update(item)
        .set({
          status: failure.retryAt === null ? "failed" : "queued",
          error: failure.error,
          leaseOwner: null,
          leaseExpiresAt: failure.retryAt,
          updatedAt: now(),
        })
        .where(held(tenantId, itemId, owner))
        .returning({ id: item.id });
      return rows.length > 0;
    },
    async cancel(tenantId, jobId) {
      const at = now();
      return write(() =>
        db.transaction(async (tx) => {
          const where = and(eq(t.jobs.tenantId, tenantId), eq(t.jobs.id, jobId), inArray(t.jobs.status, unfinished));
          const rows = await tx
            .update(t.jobs)
            .set({ status: "cancelled", updatedAt: at })
            .where(where)
            .returning({ id: t.jobs.id });
          if (rows.length === 0) return false;
          await tx
            .update(item)
            .set({ status: "cancelled", leaseOwner: null, leaseExpiresAt: null, updatedAt: at })
            .where(and(eq(item.tenantId, tenantId), eq(item.jobId, jobId), inArray(item.status, unfinished)));
          return true;
        }),
      );
    },
    async settle(tenantId, jobId) {
      return write(() =>
        db.transaction(async (tx) => {
          const scope = and(eq(item.tenantId, tenantId), eq(item.jobId, jobId));
          const [open] = await tx
            .select({ n: count() })
            .from(item)
            .where(and(scope, inArray(item.status, unfinished)));
          if ((open?.n ?? 0) > 0) return null;
          const [failed] = await tx
            .select({ n: count() })
            .from(item)
            .where(and(scope, eq(item.status, "failed")));
          const status: JobStatus = (failed?.n ?? 0) > 0 ? "failed" : "succeeded";
          const rows = await tx
            .update(t.jobs)
            .set({ status, updatedAt: now() })
            .where(and(eq(t.jobs.tenantId, tenantId), eq(t.jobs.id, jobId), inArray(t.jobs.status, unfinished)))
            .returning({ id: t.jobs.id });
          return rows.length > 0 ? status : null;
        }),
      );
    },
  };

  function held(tenantId: string, itemId: string, owner: string) {
    return and(
      eq(item.tenantId, tenantId),
      eq(item.id, itemId),
      eq(item.leaseOwner, owner),
      eq(item.status, "running"),
    );
  }
}

export function sqliteDeliveryQueue(db: Database): Pick<WebhookRepository, "getEndpoint" | "claimDueDeliveries"> {
  const d = t.webhookDeliveries;
  const write = writerFor(db);
  return {
    async getEndpoint(tenantId, endpointId) {
      const [row] = await db
        .select()
        .from(t.webhookEndpoints)
        .where(and(eq(t.webhookEndpoints.tenantId, tenantId), eq(t.webhookEndpoints.id, endpointId)));
      return row ?? null;
    },
    async claimDueDeliveries(claim) {
      return write(() =>
        db.transaction(async (tx) => {
          const ids = tx
            .select({ id: d.id })
            .from(d)
            .where(and(eq(d.status, "pending"), lte(d.nextAttemptAt, claim.now)))
            .orderBy(asc(d.nextAttemptAt))
            .limit(claim.limit);
          return tx
            .update(d)
            .set({ nextAttemptAt: claim.now + claim.leaseMs })
            .where(inArray(d.id, ids))
            .returning();
        }),
      );
    },
  };
}
