import { and, asc, count, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { LibSQLDatabase } from "drizzle-orm/libsql";
import type { JobStatus } from "../../types.ts";
import { jobStatuses } from "../../types.ts";
import type { JobRepository, WebhookRepository } from "../repository.ts";
import { newId } from "../repository.ts";
import * as t from "./schema.ts";

// The queue half of the jobs and webhooks repositories; ../mysql/job-queue.ts is the same, line for line.
// SQLite has one writer at a time, which is the lease: each step is one statement, or one batch (a single
// transaction on the main connection, which waits out another process's write lock with busy_timeout).
// libsql's interactive transactions would open a connection each, an order of magnitude slower.

type Database = LibSQLDatabase<typeof t>;
type QueueFunctions = Omit<JobRepository, "create" | "get" | "listItems">;

const unfinished: JobStatus[] = ["queued", "running"];

export function sqliteJobQueue(db: Database, now: () => number): QueueFunctions {
  const item = t.jobItems;
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
      const ids = db.select({ id: item.id }).from(item).where(due).limit(claim.limit);
      const until = claim.now + claim.leaseMs;
      const [claimed] = await db.batch([
        db
          .update(item)
          .set({
            status: "running",
            leaseOwner: owner,
            leaseExpiresAt: until,
            attempts: sql`${item.attempts} + 1`,
            updatedAt: claim.now,
          })
          .where(inArray(item.id, ids))
          .returning(),
        db
          .update(t.jobs)
          .set({ status: "running", updatedAt: claim.now })
          .where(
            and(
              eq(t.jobs.status, "queued"),
              inArray(
                t.jobs.id,
                db
                  .select({ id: item.jobId })
                  .from(item)
                  .where(and(eq(item.leaseOwner, owner), eq(item.leaseExpiresAt, until))),
              ),
            ),
          ),
      ]);
      return claimed.sort((x, y) => x.position - y.position);
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
      const mark = db
        .update(item)
        .set({ status: "succeeded", output: result.output, error: null, leaseExpiresAt: null, updatedAt: at })
        .where(held(tenantId, itemId, owner))
        .returning({ id: item.id });
      if (!result.localized) return (await mark).length > 0;
      const copy = result.localized;
      // Written only while the item is still held, in the same transaction as its new state.
      const insert = db.run(sql`insert into localized_fields
          (id, tenant_id, document_key, field, locale, source_digest, content, job_item_id, created_at)
        select ${newId("loc")}, ${tenantId}, ${copy.documentKey}, ${copy.field}, ${copy.locale}, ${copy.sourceDigest},
          ${copy.content}, ${itemId}, ${at}
        where exists (select 1 from job_items where tenant_id = ${tenantId} and id = ${itemId}
          and lease_owner = ${owner} and status = 'running')
        on conflict do nothing`);
      const [, marked] = await db.batch([insert, mark]);
      return marked.length > 0;
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
      const where = and(eq(t.jobs.tenantId, tenantId), eq(t.jobs.id, jobId), inArray(t.jobs.status, unfinished));
      const [cancelled] = await db.batch([
        db.update(t.jobs).set({ status: "cancelled", updatedAt: at }).where(where).returning({ id: t.jobs.id }),
        db
          .update(item)
          .set({ status: "cancelled", leaseOwner: null, leaseExpiresAt: null, updatedAt: at })
          .where(
            and(
              eq(item.tenantId, tenantId),
              eq(item.jobId, jobId),
              inArray(item.status, unfinished),
              // Only when the job itself was still open: a finished job keeps its items as they are.
              sql`exists (select 1 from jobs where jobs.id = ${jobId} and jobs.status = 'cancelled' and jobs.updated_at = ${at})`,
            ),
          ),
      ]);
      return cancelled.length > 0;
    },
    async settle(tenantId, jobId) {
      // One statement: the job moves only when none of its items is open, and only once.
      const rows = await db
        .update(t.jobs)
        .set({
          status: sql`case when exists (select 1 from job_items where job_id = ${jobId} and status = 'failed')
            then 'failed' else 'succeeded' end`,
          updatedAt: now(),
        })
        .where(
          and(
            eq(t.jobs.tenantId, tenantId),
            eq(t.jobs.id, jobId),
            inArray(t.jobs.status, unfinished),
            sql`not exists (select 1 from job_items where job_id = ${jobId} and status in ('queued', 'running'))`,
          ),
        )
        .returning({ status: t.jobs.status });
      return rows[0]?.status ?? null;
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
  return {
    async getEndpoint(tenantId, endpointId) {
      const [row] = await db
        .select()
        .from(t.webhookEndpoints)
        .where(and(eq(t.webhookEndpoints.tenantId, tenantId), eq(t.webhookEndpoints.id, endpointId)));
      return row ?? null;
    },
    async claimDueDeliveries(claim) {
      const ids = db
        .select({ id: d.id })
        .from(d)
        .where(and(eq(d.status, "pending"), lte(d.nextAttemptAt, claim.now)))
        .orderBy(asc(d.nextAttemptAt))
        .limit(claim.limit);
      return db
        .update(d)
        .set({ nextAttemptAt: claim.now + claim.leaseMs })
        .where(inArray(d.id, ids))
        .returning();
    },
  };
}
