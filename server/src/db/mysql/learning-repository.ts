import { and, asc, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { MySql2Database } from "drizzle-orm/mysql2";
import { ConflictError } from "../../errors.ts";
import {
  bufferVector,
  type LearningRepository,
  type SpendRepository,
  spendFits,
  vectorBuffer,
} from "../learning-repository.ts";
import { newId } from "../repository.ts";
import * as t from "./schema.ts";

// Kept line for line parallel to ../sqlite/learning-repository.ts.

export function createMysqlLearningRepository(db: MySql2Database<typeof t>, now: () => number): LearningRepository {
  return {
    async addEdits(tenantId, edits) {
      if (edits.length === 0) return;
      await db
        .insert(t.segmentEdits)
        .values(edits.map((edit) => ({ ...edit, id: newId("edt"), tenantId, createdAt: now() })));
    },
    async listEdits(tenantId, filter = {}) {
      return db
        .select()
        .from(t.segmentEdits)
        .where(
          and(
            eq(t.segmentEdits.tenantId, tenantId),
            filter.locale === undefined ? undefined : eq(t.segmentEdits.locale, filter.locale),
            filter.since === undefined ? undefined : gte(t.segmentEdits.createdAt, filter.since),
          ),
        )
        .orderBy(asc(t.segmentEdits.createdAt), asc(t.segmentEdits.segmentIndex), asc(t.segmentEdits.id));
    },
    async addEvents(tenantId, events) {
      if (events.length === 0) return;
      await db
        .insert(t.storefrontEvents)
        .values(events.map((event) => ({ ...event, id: newId("evt"), tenantId, createdAt: now() })));
    },
    async eventCounts(tenantId, since) {
      return db
        .select({ locale: t.storefrontEvents.locale, type: t.storefrontEvents.type, count: count() })
        .from(t.storefrontEvents)
        .where(and(eq(t.storefrontEvents.tenantId, tenantId), gte(t.storefrontEvents.occurredAt, since)))
        .groupBy(t.storefrontEvents.locale, t.storefrontEvents.type)
        .orderBy(asc(t.storefrontEvents.locale), asc(t.storefrontEvents.type));
    },
    async variantCounts(tenantId, contentId, locale) {
      const rows = await db
        .select({
          variantId: t.storefrontEvents.variantId,
          impressions: sql<number>`sum(case when ${t.storefrontEvents.type} = 'impression' then 1 else 0 end)`,
          conversions: sql<number>`sum(case when ${t.storefrontEvents.type} = 'conversion' then 1 else 0 end)`,
        })
        .from(t.storefrontEvents)
        .where(
          and(
            eq(t.storefrontEvents.tenantId, tenantId),
            eq(t.storefrontEvents.contentId, contentId),
            eq(t.storefrontEvents.locale, locale),
          ),
        )
        .groupBy(t.storefrontEvents.variantId);
      return rows.flatMap((row) =>
        row.variantId === null
          ? []
          : [{ variantId: row.variantId, impressions: Number(row.impressions), conversions: Number(row.conversions) }],
      );
    },
    async addVariant(tenantId, variant) {
      const row = { ...variant, id: newId("var"), tenantId, createdAt: now(), endedAt: null };
      try {
        await db.insert(t.contentVariants).values(row);
      } catch (error) {
        if (
          /Duplicate entry|ER_DUP_ENTRY/i.test(`${String(error)} ${error instanceof Error ? String(error.cause) : ""}`)
        ) {
          throw new ConflictError(`variant ${variant.name} already exists`, { cause: error });
        }
        throw error;
      }
      return row;
    },
    async listVariants(tenantId, contentId, locale, filter = {}) {
      return db
        .select()
        .from(t.contentVariants)
        .where(
          and(
            eq(t.contentVariants.tenantId, tenantId),
            eq(t.contentVariants.contentId, contentId),
            eq(t.contentVariants.locale, locale),
            filter.active === true ? isNull(t.contentVariants.endedAt) : undefined,
          ),
        )
        .orderBy(asc(t.contentVariants.createdAt), asc(t.contentVariants.name));
    },
    async endVariants(tenantId, contentId, locale, at) {
      const active = and(
        eq(t.contentVariants.tenantId, tenantId),
        eq(t.contentVariants.contentId, contentId),
        eq(t.contentVariants.locale, locale),
        isNull(t.contentVariants.endedAt),
      );
      const result = await db.update(t.contentVariants).set({ endedAt: at }).where(active);
      return result[0].affectedRows;
    },
    async upsertSuggestion(tenantId, suggestion) {
      await db
        .insert(t.lexiconSuggestions)
        .values({ ...suggestion, id: newId("lex"), tenantId, status: "open", decidedAt: null, createdAt: now() })
        .onDuplicateKeyUpdate({
          set: {
            replacements: suggestion.replacements,
            occurrences: suggestion.occurrences,
            confidence: suggestion.confidence,
          },
        });
    },
    async listSuggestions(tenantId, status) {
      return db
        .select()
        .from(t.lexiconSuggestions)
        .where(
          and(
            eq(t.lexiconSuggestions.tenantId, tenantId),
            status === undefined ? undefined : eq(t.lexiconSuggestions.status, status),
          ),
        )
        .orderBy(desc(t.lexiconSuggestions.confidence), asc(t.lexiconSuggestions.id));
    },
    async decideSuggestion(tenantId, id, status, at) {
      await db
        .update(t.lexiconSuggestions)
        .set({ status, decidedAt: at })
        .where(and(eq(t.lexiconSuggestions.tenantId, tenantId), eq(t.lexiconSuggestions.id, id)));
      const [row] = await db
        .select()
        .from(t.lexiconSuggestions)
        .where(and(eq(t.lexiconSuggestions.tenantId, tenantId), eq(t.lexiconSuggestions.id, id)));
      return row ?? null;
    },
    async addMemory(tenantId, memory) {
      const row = { ...memory, id: newId("mem"), tenantId, createdAt: now() };
      await db.insert(t.memoryEmbeddings).values({ ...row, vector: vectorBuffer(memory.vector) });
      return row;
    },
    async listMemory(tenantId, locale, limit) {
      const rows = await db
        .select()
        .from(t.memoryEmbeddings)
        .where(and(eq(t.memoryEmbeddings.tenantId, tenantId), eq(t.memoryEmbeddings.locale, locale)))
        .orderBy(desc(t.memoryEmbeddings.createdAt), asc(t.memoryEmbeddings.id))
        .limit(limit);
      return rows.map((row) => ({ ...row, vector: bufferVector(row.vector) }));
    },
  };
}

export function createMysqlSpendRepository(db: MySql2Database<typeof t>, now: () => number): SpendRepository {
  return {
    async add(scope, period, usd) {
      await db
        .insert(t.spendLedger)
        .values({ scope, period, usd, updatedAt: now() })
        .onDuplicateKeyUpdate({ set: { usd: sql`${t.spendLedger.usd} + ${usd}`, updatedAt: now() } });
    },
    async reserve(scope, period, usd, limitUsd) {
      await db
        .insert(t.spendLedger)
        .values({ scope, period, usd: 0, updatedAt: now() })
        .onDuplicateKeyUpdate({ set: { scope: sql`${t.spendLedger.scope}` } });
      const result = await db
        .update(t.spendLedger)
        .set({ usd: sql`${t.spendLedger.usd} + ${usd}`, updatedAt: now() })
        .where(
          and(
            eq(t.spendLedger.scope, scope),
            eq(t.spendLedger.period, period),
            spendFits(t.spendLedger.usd, usd, limitUsd),
          ),
        );
      return result[0].affectedRows === 1;
    },
    async spentUsd(scope, period) {
      const [row] = await db
        .select({ usd: t.spendLedger.usd })
        .from(t.spendLedger)
        .where(and(eq(t.spendLedger.scope, scope), eq(t.spendLedger.period, period)));
      return row?.usd ?? 0;
    },
  };
}
