import { and, asc, count, desc, eq, gte, inArray, isNull, sql, sum } from "drizzle-orm";
import type { MySql2Database } from "drizzle-orm/mysql2";
import { ConflictError, NotFoundError } from "../../errors.ts";
import type { Repository } from "../repository.ts";
import { newId } from "../repository.ts";
import { createMysqlIdempotencyRepository } from "./idempotency-repository.ts";
import { mysqlDeliveryQueue, mysqlJobQueue } from "./job-queue.ts";
import { createMysqlLearningRepository, createMysqlSpendRepository } from "./learning-repository.ts";
import * as t from "./schema.ts";

// Kept line for line parallel to ../sqlite/repository.ts: a change in one belongs in the other.

type Database = MySql2Database<typeof t>;

function isUniqueViolation(error: unknown): boolean {
  const code = (value: unknown) =>
    typeof value === "object" && value !== null && "code" in value ? value.code : undefined;
  return code(error) === "ER_DUP_ENTRY" || (error instanceof Error && code(error.cause) === "ER_DUP_ENTRY");
}

export function createMysqlRepository(
  db: Database,
  options: { close: () => Promise<void>; now?: () => number },
): Repository {
  const now = options.now ?? Date.now;

  return {
    dialect: "mysql",
    async ping() {
      await db.execute(sql`select 1`);
    },
    close: options.close,

    tenants: {
      async create(name) {
        const tenant = { id: newId("ten"), name, createdAt: now() };
        try {
          await db.insert(t.tenants).values(tenant);
        } catch (error) {
          if (isUniqueViolation(error)) throw new ConflictError(`tenant ${name} already exists`, { cause: error });
          throw error;
        }
        return tenant;
      },
      async get(tenantId) {
        const [row] = await db.select().from(t.tenants).where(eq(t.tenants.id, tenantId));
        return row ?? null;
      },
      async findByName(name) {
        const [row] = await db.select().from(t.tenants).where(eq(t.tenants.name, name));
        return row ?? null;
      },
    },

    apiKeys: {
      async create(tenantId, key) {
        const row = {
          ...key,
          id: key.id ?? newId("key"),
          tenantId,
          createdAt: now(),
          lastUsedAt: null,
          revokedAt: null,
        };
        await db.insert(t.apiKeys).values(row);
        return row;
      },
      async get(tenantId, keyId) {
        const [row] = await db
          .select()
          .from(t.apiKeys)
          .where(and(eq(t.apiKeys.tenantId, tenantId), eq(t.apiKeys.id, keyId)));
        return row ?? null;
      },
      async list(tenantId) {
        return db
          .select()
          .from(t.apiKeys)
          .where(eq(t.apiKeys.tenantId, tenantId))
          .orderBy(asc(t.apiKeys.createdAt), asc(t.apiKeys.id));
      },
      async revoke(tenantId, keyId, at) {
        const where = and(eq(t.apiKeys.tenantId, tenantId), eq(t.apiKeys.id, keyId), isNull(t.apiKeys.revokedAt));
        const [row] = await db.select({ id: t.apiKeys.id }).from(t.apiKeys).where(where);
        if (!row) return false;
        await db.update(t.apiKeys).set({ revokedAt: at }).where(where);
        return true;
      },
      async touch(tenantId, keyId, at) {
        await db
          .update(t.apiKeys)
          .set({ lastUsedAt: at })
          .where(and(eq(t.apiKeys.tenantId, tenantId), eq(t.apiKeys.id, keyId)));
      },
      async findActiveByHash(secretHash) {
        const [row] = await db
          .select()
          .from(t.apiKeys)
          .where(and(eq(t.apiKeys.secretHash, secretHash), isNull(t.apiKeys.revokedAt)));
        return row ?? null;
      },
      async isOriginAllowed(origin) {
        const rows = await db
          .select({ allowedOrigins: t.apiKeys.allowedOrigins })
          .from(t.apiKeys)
          .where(and(eq(t.apiKeys.kind, "publishable"), isNull(t.apiKeys.revokedAt)));
        return rows.some((row) => row.allowedOrigins.includes(origin));
      },
    },

    requests: {
      async record(tenantId, request) {
        await db.insert(t.requests).values({ ...request, id: newId("req"), tenantId });
      },
      async recordMany(requests) {
        if (requests.length === 0) return;
        await db.insert(t.requests).values(requests.map((request) => ({ ...request, id: newId("req") })));
      },
      async summarize(tenantId, since) {
        const where = and(eq(t.requests.tenantId, tenantId), gte(t.requests.createdAt, since));
        const [totals] = await db
          .select({ requests: count(), units: sum(t.requests.units) })
          .from(t.requests)
          .where(where);
        const [errors] = await db
          .select({ errors: count() })
          .from(t.requests)
          .where(and(where, gte(t.requests.status, 400)));
        return { requests: totals?.requests ?? 0, units: Number(totals?.units ?? 0), errors: errors?.errors ?? 0 };
      },
    },

    documents: {
      async create(tenantId, document) {
        const at = now();
        const { id, ...fields } = document;
        const row = { ...fields, id: id ?? newId("doc"), tenantId, createdAt: at, updatedAt: at };
        try {
          await db.insert(t.documents).values(row);
        } catch (error) {
          if (isUniqueViolation(error)) throw new ConflictError(`document id ${row.id} is taken`, { cause: error });
          throw error;
        }
        return row;
      },
      async get(tenantId, documentId) {
        const [row] = await db
          .select()
          .from(t.documents)
          .where(and(eq(t.documents.tenantId, tenantId), eq(t.documents.id, documentId)));
        return row ?? null;
      },
      async list(tenantId) {
        return db
          .select()
          .from(t.documents)
          .where(eq(t.documents.tenantId, tenantId))
          .orderBy(asc(t.documents.createdAt), asc(t.documents.id));
      },
      async addVersion(tenantId, documentId, version) {
        return db.transaction(async (tx) => {
          const [document] = await tx
            .select({ id: t.documents.id })
            .from(t.documents)
            .where(and(eq(t.documents.tenantId, tenantId), eq(t.documents.id, documentId)));
          if (!document) throw new NotFoundError("document", documentId);
          const [last] = await tx
            .select({ version: sql<number>`max(${t.documentVersions.version})` })
            .from(t.documentVersions)
            .where(
              and(
                eq(t.documentVersions.tenantId, tenantId),
                eq(t.documentVersions.documentId, documentId),
                eq(t.documentVersions.locale, version.locale),
              ),
            );
          const at = now();
          const row = {
            ...version,
            id: newId("ver"),
            tenantId,
            documentId,
            version: Number(last?.version ?? 0) + 1,
            published: false,
            createdAt: at,
          };
          await tx.insert(t.documentVersions).values(row);
          await tx
            .update(t.documents)
            .set({ updatedAt: at })
            .where(and(eq(t.documents.tenantId, tenantId), eq(t.documents.id, documentId)));
          return row;
        });
      },
      async listVersions(tenantId, documentId, locale) {
        return db
          .select()
          .from(t.documentVersions)
          .where(
            and(
              eq(t.documentVersions.tenantId, tenantId),
              eq(t.documentVersions.documentId, documentId),
              locale === undefined ? undefined : eq(t.documentVersions.locale, locale),
            ),
          )
          .orderBy(asc(t.documentVersions.locale), asc(t.documentVersions.version));
      },
      async publish(tenantId, documentId, locale, version) {
        return db.transaction(async (tx) => {
          const scope = and(
            eq(t.documentVersions.tenantId, tenantId),
            eq(t.documentVersions.documentId, documentId),
            eq(t.documentVersions.locale, locale),
          );
          const [target] = await tx
            .select()
            .from(t.documentVersions)
            .where(and(scope, eq(t.documentVersions.version, version)));
          if (!target) throw new NotFoundError("document version", `${documentId}/${locale}/${version}`);
          await tx.update(t.documentVersions).set({ published: false }).where(scope);
          await tx.update(t.documentVersions).set({ published: true }).where(eq(t.documentVersions.id, target.id));
          return { ...target, published: true };
        });
      },
      async getPublished(tenantId, documentId, locale) {
        const [row] = await db
          .select()
          .from(t.documentVersions)
          .where(
            and(
              eq(t.documentVersions.tenantId, tenantId),
              eq(t.documentVersions.documentId, documentId),
              eq(t.documentVersions.locale, locale),
              eq(t.documentVersions.published, true),
            ),
          );
        return row ?? null;
      },
    },

    translationMemory: {
      async put(tenantId, entry) {
        await db
          .insert(t.translationMemory)
          .values({ ...entry, id: newId("tm"), tenantId, createdAt: now() })
          .onDuplicateKeyUpdate({ set: { text: entry.text, changes: entry.changes, createdAt: now() } });
      },
      async lookup(tenantId, key) {
        const [row] = await db
          .select({ text: t.translationMemory.text, changes: t.translationMemory.changes })
          .from(t.translationMemory)
          .where(
            and(
              eq(t.translationMemory.tenantId, tenantId),
              eq(t.translationMemory.segmentDigest, key.segmentDigest),
              eq(t.translationMemory.sourceLocale, key.sourceLocale),
              eq(t.translationMemory.targetLocale, key.targetLocale),
              eq(t.translationMemory.profileVersion, key.profileVersion),
            ),
          );
        return row ? { text: row.text, changes: row.changes ?? [] } : null;
      },
    },

    jobs: {
      ...mysqlJobQueue(db, now),
      async create(tenantId, job) {
        const at = now();
        const row = {
          id: newId("job"),
          tenantId,
          kind: job.kind,
          status: "queued" as const,
          input: job.input,
          totalItems: job.items.length,
          createdAt: at,
          updatedAt: at,
        };
        await db.transaction(async (tx) => {
          await tx.insert(t.jobs).values(row);
          if (job.items.length === 0) return;
          await tx.insert(t.jobItems).values(
            job.items.map((input, position) => ({
              id: newId("itm"),
              tenantId,
              jobId: row.id,
              position,
              status: "queued" as const,
              input,
              output: null,
              error: null,
              attempts: 0,
              leaseOwner: null,
              leaseExpiresAt: null,
              updatedAt: at,
            })),
          );
        });
        return row;
      },
      async get(tenantId, jobId) {
        const [row] = await db
          .select()
          .from(t.jobs)
          .where(and(eq(t.jobs.tenantId, tenantId), eq(t.jobs.id, jobId)));
        return row ?? null;
      },
      async listItems(tenantId, jobId, page) {
        const query = db
          .select()
          .from(t.jobItems)
          .where(and(eq(t.jobItems.tenantId, tenantId), eq(t.jobItems.jobId, jobId)))
          .orderBy(asc(t.jobItems.position));
        return page ? query.limit(page.limit).offset(page.offset) : query;
      },
    },

    webhooks: {
      ...mysqlDeliveryQueue(db),
      async createEndpoint(tenantId, endpoint) {
        const row = { ...endpoint, id: newId("whe"), tenantId, enabled: true, createdAt: now() };
        await db.insert(t.webhookEndpoints).values(row);
        return row;
      },
      async listEndpoints(tenantId) {
        return db
          .select()
          .from(t.webhookEndpoints)
          .where(eq(t.webhookEndpoints.tenantId, tenantId))
          .orderBy(asc(t.webhookEndpoints.createdAt), asc(t.webhookEndpoints.id));
      },
      async deleteEndpoint(tenantId, endpointId) {
        const where = and(eq(t.webhookEndpoints.tenantId, tenantId), eq(t.webhookEndpoints.id, endpointId));
        const [row] = await db.select({ id: t.webhookEndpoints.id }).from(t.webhookEndpoints).where(where);
        if (!row) return false;
        await db.delete(t.webhookEndpoints).where(where);
        return true;
      },
      async enqueueDelivery(tenantId, delivery) {
        const [endpoint] = await db
          .select({ id: t.webhookEndpoints.id })
          .from(t.webhookEndpoints)
          .where(and(eq(t.webhookEndpoints.tenantId, tenantId), eq(t.webhookEndpoints.id, delivery.endpointId)));
        if (!endpoint) throw new NotFoundError("webhook endpoint", delivery.endpointId);
        const at = now();
        const row = {
          ...delivery,
          id: newId("whd"),
          tenantId,
          status: "pending" as const,
          attempts: 0,
          responseStatus: null,
          nextAttemptAt: at,
          createdAt: at,
          updatedAt: at,
        };
        await db.insert(t.webhookDeliveries).values(row);
        return row;
      },
      async recordAttempt(tenantId, deliveryId, attempt) {
        const where = and(eq(t.webhookDeliveries.tenantId, tenantId), eq(t.webhookDeliveries.id, deliveryId));
        await db
          .update(t.webhookDeliveries)
          .set({ ...attempt, attempts: sql`${t.webhookDeliveries.attempts} + 1`, updatedAt: now() })
          .where(where);
        const [row] = await db.select().from(t.webhookDeliveries).where(where);
        if (!row) throw new NotFoundError("webhook delivery", deliveryId);
        return row;
      },
      async listDeliveries(tenantId, endpointId) {
        return db
          .select()
          .from(t.webhookDeliveries)
          .where(and(eq(t.webhookDeliveries.tenantId, tenantId), eq(t.webhookDeliveries.endpointId, endpointId)))
          .orderBy(asc(t.webhookDeliveries.createdAt), asc(t.webhookDeliveries.id));
      },
    },

    feedback: {
      async add(tenantId, feedback) {
        const row = { ...feedback, id: newId("fbk"), tenantId, createdAt: now() };
        await db.insert(t.feedback).values(row);
        return row;
      },
      async list(tenantId, filter = {}) {
        return db
          .select()
          .from(t.feedback)
          .where(
            and(
              eq(t.feedback.tenantId, tenantId),
              filter.documentId === undefined ? undefined : eq(t.feedback.documentId, filter.documentId),
            ),
          )
          .orderBy(asc(t.feedback.createdAt), asc(t.feedback.id));
      },
    },

    consents: {
      async record(tenantId, consent) {
        const row = { ...consent, id: newId("cns"), tenantId, createdAt: now() };
        await db.insert(t.consents).values(row);
        return row;
      },
      async listForSubject(tenantId, subjectDigest) {
        return db
          .select()
          .from(t.consents)
          .where(and(eq(t.consents.tenantId, tenantId), eq(t.consents.subjectDigest, subjectDigest)))
          .orderBy(asc(t.consents.createdAt), asc(t.consents.id));
      },
    },

    learning: createMysqlLearningRepository(db, now),
    spend: createMysqlSpendRepository(db, now),
    idempotencyKeys: createMysqlIdempotencyRepository(db),

    audit: {
      async append(tenantId, entry) {
        const row = { ...entry, id: newId("aud"), tenantId, createdAt: now() };
        await db.insert(t.auditLog).values(row);
        return row;
      },
      async list(tenantId, limit = 100) {
        return db
          .select()
          .from(t.auditLog)
          .where(eq(t.auditLog.tenantId, tenantId))
          .orderBy(desc(t.auditLog.createdAt), desc(t.auditLog.id))
          .limit(limit);
      },
    },
    subjectRecords: {
      async put(tenantId, record) {
        const [existing] = await db
          .select({ tenantId: t.subjectRecords.tenantId })
          .from(t.subjectRecords)
          .where(eq(t.subjectRecords.id, record.id));
        if (existing && existing.tenantId !== tenantId) throw new ConflictError(`record ${record.id} exists`);
        const { id: _id, ...changes } = record;
        await db
          .insert(t.subjectRecords)
          .values({ ...record, tenantId })
          .onDuplicateKeyUpdate({ set: changes });
      },
      async listForSubject(tenantId, subjectDigest) {
        return db
          .select()
          .from(t.subjectRecords)
          .where(and(eq(t.subjectRecords.tenantId, tenantId), eq(t.subjectRecords.subjectDigest, subjectDigest)))
          .orderBy(asc(t.subjectRecords.createdAt), asc(t.subjectRecords.id));
      },
      async list(tenantId) {
        return db
          .select()
          .from(t.subjectRecords)
          .where(eq(t.subjectRecords.tenantId, tenantId))
          .orderBy(asc(t.subjectRecords.createdAt), asc(t.subjectRecords.id));
      },
      async deleteForSubject(tenantId, subjectDigest) {
        const where = and(eq(t.subjectRecords.tenantId, tenantId), eq(t.subjectRecords.subjectDigest, subjectDigest));
        const rows = await db.select({ kind: t.subjectRecords.kind }).from(t.subjectRecords).where(where);
        await db.delete(t.subjectRecords).where(where);
        const counts: Record<string, number> = {};
        for (const { kind } of rows) counts[kind] = (counts[kind] ?? 0) + 1;
        return counts;
      },
      async deleteByIds(tenantId, ids) {
        if (ids.length === 0) return 0;
        const result = await db
          .delete(t.subjectRecords)
          .where(and(eq(t.subjectRecords.tenantId, tenantId), inArray(t.subjectRecords.id, [...ids])));
        return result[0].affectedRows;
      },
    },

    tenantSettings: {
      async get(tenantId, name) {
        const [row] = await db
          .select({ value: t.tenantSettings.value })
          .from(t.tenantSettings)
          .where(and(eq(t.tenantSettings.tenantId, tenantId), eq(t.tenantSettings.name, name)));
        return row?.value;
      },
      async put(tenantId, name, value) {
        await db
          .insert(t.tenantSettings)
          .values({ tenantId, name, value, updatedAt: now() })
          .onDuplicateKeyUpdate({ set: { value, updatedAt: now() } });
      },
    },
  };
}
