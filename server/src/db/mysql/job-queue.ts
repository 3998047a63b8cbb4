import { and, asc, count, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { MySql2Database } from "drizzle-orm/mysql2";
import type { JobStatus } from "../../types.ts";
import { jobStatuses } from "../../types.ts";
import type { JobRepository, WebhookRepository } from "../repository.ts";
import { newId } from "../repository.ts";
import * as t from "./schema.ts";

// The queue half of the jobs and webhooks repositories; ../sqlite/job-queue.ts is the same, line for line.
// Claims lock the rows they take with FOR UPDATE SKIP LOCKED, so workers in several processes never wait on
// each other and never take the same row. MySQL has no UPDATE ... RETURNING: select, then update by id.

type Database = MySql2Database<typeof t>;
type QueueFunctions = Omit<JobRepository, "create" | "get" | "listItems">;

const unfinished: JobStatus[] = ["queued", "running"];

export function mysqlJobQueue(db: Database, now: () => number): QueueFunctions {
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
      return db.transaction(async (tx) => {
        const locked = await tx
          .select({ id: item.id, jobId: item.jobId })
          .from(item)
          .where(due)
          .limit(claim.limit)
          .for("update", { skipLocked: true });
        if (locked.length === 0) return [];
        const ids = locked.map((row) => row.id);
        await tx
          .update(item)
          .set({
            status: "running",
            leaseOwner: owner,
            leaseExpiresAt: claim.now + claim.leaseMs,
            attempts: sql`${item.attempts} + 1`,
            updatedAt: claim.now,
          })
          .where(inArray(item.id, ids));
        const jobIds = [...new Set(locked.map((row) => row.jobId))];
        await tx
          .update(t.jobs)
          .set({ status: "running", updatedAt: claim.now })
          .where(and(inArray(t.jobs.id, jobIds), eq(t.jobs.status, "queued")));
        return tx.select().from(item).where(inArray(item.id, ids)).orderBy(asc(item.position));
      });
    },
    async renewLeases(owner, itemIds, until) {
      if (itemIds.length === 0) return 0;
      const result = await db
        .update(item)
        .set({ leaseExpiresAt: until })
        .where(and(inArray(item.id, [...itemIds]), eq(item.leaseOwner, owner), eq(item.status, "running")));
      return affected(result);
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
      return db.transaction(async (tx) => {
        const won = await tx
          .update(item)
          .set({ status: "succeeded", output: result.output, error: null, leaseExpiresAt: null, updatedAt: at })
          .where(held(tenantId, itemId, owner));
        if (affected(won) === 0) return false;
        if (result.localized) {
          await tx
            .insert(t.localizedFields)
            .values({ ...result.localized, id: newId("loc"), tenantId, jobItemId: itemId, createdAt: at })
            .onDuplicateKeyUpdate({ set: { id: sql`id` } });
        }
        return true;
      });
    },
    async failItem(tenantId, itemId, owner, failure) {
      const result = await db
        .update(item)
        .set({
          status: failure.retryAt === null ? "failed" : "queued",
          error: failure.error,
          leaseOwner: null,
          leaseExpiresAt: failure.retryAt,
          updatedAt: now(),
        })
        .where(held(tenantId, itemId, owner));
      return affected(result) > 0;
    },
    async cancel(tenantId, jobId) {
      const at = now();
      return db.transaction(async (tx) => {
        const where = and(eq(t.jobs.tenantId, tenantId), eq(t.jobs.id, jobId), inArray(t.jobs.status, unfinished));
        const result = await tx.update(t.jobs).set({ status: "cancelled", updatedAt: at }).where(where);
        if (affected(result) === 0) return false;
        await tx
          .update(item)
          .set({ status: "cancelled", leaseOwner: null, leaseExpiresAt: null, updatedAt: at })
          .where(and(eq(item.tenantId, tenantId), eq(item.jobId, jobId), inArray(item.status, unfinished)));
        return true;
      });
    },
    async settle(tenantId, jobId) {
      return db.transaction(async (tx) => {
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
        const result = await tx
          .update(t.jobs)
          .set({ status, updatedAt: now() })
          .where(and(eq(t.jobs.tenantId, tenantId), eq(t.jobs.id, jobId), inArray(t.jobs.status, unfinished)));
        return affected(result) > 0 ? status : null;
      });
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

export function mysqlDeliveryQueue(db: Database): Pick<WebhookRepository, "getEndpoint" | "claimDueDeliveries"> {
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
      return db.transaction(async (tx) => {
        const locked = await tx
          .select({ id: d.id })
          .from(d)
          .where(and(eq(d.status, "pending"), lte(d.nextAttemptAt, claim.now)))
          .orderBy(asc(d.nextAttemptAt))
          .limit(claim.limit)
          .for("update", { skipLocked: true });
        if (locked.length === 0) return [];
        const ids = locked.map((row) => row.id);
        await tx
          .update(d)
          .set({ nextAttemptAt: claim.now + claim.leaseMs })
          .where(inArray(d.id, ids));
        return tx.select().from(d).where(inArray(d.id, ids));
      });
    },
  };
}

/** Rows an UPDATE changed (mysql2's ResultSetHeader). */
function affected(result: readonly unknown[]): number {
  const header = result[0];
  return typeof header === "object" &&
    header !== null &&
    "affectedRows" in header &&
    typeof header.affectedRows === "number"
    ? header.affectedRows
    : 0;
}
