import type { EditOperation } from "@frontier-ai/core/learning";
import { blob, index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// The learning loop's tables; ../mysql/learning-schema.ts is the same tables, column for column.

/** An editor's final text for one segment against what Frontier wrote, with the word-level diff. */
export const segmentEdits = sqliteTable(
  "segment_edits",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    contentId: text("content_id").notNull(),
    locale: text("locale").notNull(),
    segmentIndex: integer("segment_index").notNull(),
    kind: text("kind").$type<"generate" | "localize">().notNull(),
    prompt: text("prompt").notNull(),
    generated: text("generated").notNull(),
    final: text("final").notNull(),
    operations: text("operations", { mode: "json" }).$type<EditOperation[]>().notNull(),
    edited: integer("edited", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("segment_edits_tenant").on(table.tenantId, table.locale, table.createdAt)],
);

/** Storefront beacons, stored only with consent and without any visitor identifier. */
export const storefrontEvents = sqliteTable(
  "storefront_events",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    contentId: text("content_id").notNull(),
    locale: text("locale").notNull(),
    variantId: text("variant_id"),
    type: text("type").$type<"impression" | "click" | "add_to_cart" | "conversion">().notNull(),
    occurredAt: integer("occurred_at").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("storefront_events_content").on(table.tenantId, table.contentId, table.locale, table.type)],
);

export const contentVariants = sqliteTable(
  "content_variants",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    contentId: text("content_id").notNull(),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
    content: text("content").notNull(),
    control: integer("control", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at").notNull(),
    /** Set when the experiment ends: the read path stops serving the variant, its report stays. */
    endedAt: integer("ended_at"),
  },
  (table) => [uniqueIndex("content_variants_name").on(table.tenantId, table.contentId, table.locale, table.name)],
);

export const lexiconSuggestions = sqliteTable(
  "lexicon_suggestions",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    locale: text("locale").notNull(),
    fromTerm: text("from_term").notNull(),
    toTerm: text("to_term").notNull(),
    replacements: integer("replacements").notNull(),
    occurrences: integer("occurrences").notNull(),
    confidence: real("confidence").notNull(),
    status: text("status").$type<"open" | "accepted" | "rejected">().notNull(),
    decidedAt: integer("decided_at"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [uniqueIndex("lexicon_suggestions_pair").on(table.tenantId, table.locale, table.fromTerm, table.toTerm)],
);

/** Brand memory: little-endian float32 vectors, the layout of libsql's F32_BLOB. */
export const memoryEmbeddings = sqliteTable(
  "memory_embeddings",
  {
    id: text("id").primaryKey(),
    tenantId: text("tenant_id").notNull(),
    locale: text("locale").notNull(),
    contentId: text("content_id").notNull(),
    text: text("text").notNull(),
    model: text("model").notNull(),
    vector: blob("vector", { mode: "buffer" }).notNull(),
    performance: real("performance").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("memory_embeddings_tenant").on(table.tenantId, table.locale)],
);

/** Model spend per budget scope (`provider:openai`) and period (`2026-05`), across tenants. */
export const spendLedger = sqliteTable(
  "spend_ledger",
  {
    scope: text("scope").notNull(),
    period: text("period").notNull(),
    usd: real("usd").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [uniqueIndex("spend_ledger_scope").on(table.scope, table.period)],
);

/** Idempotency keys of REST requests and the answers a retry gets back; see ../idempotency-repository.ts. */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    tenantId: text("tenant_id").notNull(),
    route: text("route").notNull(),
    key: text("key").notNull(),
    fingerprint: text("fingerprint").notNull(),
    claimId: text("claim_id").notNull(),
    state: text("state").$type<"in_flight" | "completed">().notNull(),
    responseStatus: integer("response_status"),
    responseHeaders: text("response_headers", { mode: "json" }).$type<Record<string, string>>(),
    responseBody: text("response_body"),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (table) => [
    uniqueIndex("idempotency_keys_key").on(table.tenantId, table.route, table.key),
    index("idempotency_keys_expires").on(table.expiresAt),
  ],
);
