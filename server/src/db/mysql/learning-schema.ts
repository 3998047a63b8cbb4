import type { EditOperation } from "@frontier-ai/core/learning";
import {
  bigint,
  boolean,
  customType,
  double,
  index,
  int,
  longtext,
  mysqlTable,
  uniqueIndex,
  varchar,
} from "drizzle-orm/mysql-core";

// The learning loop's tables; ../sqlite/learning-schema.ts is the same tables, column for column.

const id = () => varchar("id", { length: 40 }).primaryKey();
const tenantId = () => varchar("tenant_id", { length: 40 }).notNull();
const createdAt = () => bigint("created_at", { mode: "number" }).notNull();
const ref = (name: string) => varchar(name, { length: 191 });
const locale = (name: string) => varchar(name, { length: 35 });
const jsonText = customType<{ data: unknown; driverData: string }>({
  dataType: () => "longtext",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === "string" ? JSON.parse(value) : value),
});
// Idempotency keys are printable ASCII (the HTTP layer checks) compared byte for byte whatever the database's
// collation: under a case-insensitive one `Abc` and `abc` would be one key.
const asciiKey = customType<{ data: string }>({ dataType: () => "varchar(255) CHARACTER SET ascii COLLATE ascii_bin" });
const longBlob = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "longblob" });

export const segmentEdits = mysqlTable(
  "segment_edits",
  {
    id: id(),
    tenantId: tenantId(),
    contentId: ref("content_id").notNull(),
    locale: locale("locale").notNull(),
    segmentIndex: int("segment_index").notNull(),
    kind: varchar("kind", { length: 16 }).$type<"generate" | "localize">().notNull(),
    prompt: longtext("prompt").notNull(),
    generated: longtext("generated").notNull(),
    final: longtext("final").notNull(),
    operations: jsonText("operations").$type<EditOperation[]>().notNull(),
    edited: boolean("edited").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("segment_edits_tenant").on(table.tenantId, table.locale, table.createdAt)],
);

export const storefrontEvents = mysqlTable(
  "storefront_events",
  {
    id: id(),
    tenantId: tenantId(),
    contentId: ref("content_id").notNull(),
    locale: locale("locale").notNull(),
    variantId: varchar("variant_id", { length: 40 }),
    type: varchar("type", { length: 16 }).$type<"impression" | "click" | "add_to_cart" | "conversion">().notNull(),
    occurredAt: bigint("occurred_at", { mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("storefront_events_content").on(table.tenantId, table.contentId, table.locale, table.type)],
);

export const contentVariants = mysqlTable(
  "content_variants",
  {
    id: id(),
    tenantId: tenantId(),
    contentId: ref("content_id").notNull(),
    locale: locale("locale").notNull(),
    name: varchar("name", { length: 64 }).notNull(),
    content: longtext("content").notNull(),
    control: boolean("control").notNull(),
    createdAt: createdAt(),
    /** Set when the experiment ends: the read path stops serving the variant, its report stays. */
    endedAt: bigint("ended_at", { mode: "number" }),
  },
  (table) => [uniqueIndex("content_variants_name").on(table.tenantId, table.contentId, table.locale, table.name)],
);

export const lexiconSuggestions = mysqlTable(
  "lexicon_suggestions",
  {
    id: id(),
    tenantId: tenantId(),
    locale: locale("locale").notNull(),
    fromTerm: varchar("from_term", { length: 120 }).notNull(),
    toTerm: varchar("to_term", { length: 120 }).notNull(),
    replacements: int("replacements").notNull(),
    occurrences: int("occurrences").notNull(),
    confidence: double("confidence").notNull(),
    status: varchar("status", { length: 16 }).$type<"open" | "accepted" | "rejected">().notNull(),
    decidedAt: bigint("decided_at", { mode: "number" }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex("lexicon_suggestions_pair").on(table.tenantId, table.locale, table.fromTerm, table.toTerm)],
);

export const memoryEmbeddings = mysqlTable(
  "memory_embeddings",
  {
    id: id(),
    tenantId: tenantId(),
    locale: locale("locale").notNull(),
    contentId: ref("content_id").notNull(),
    text: longtext("text").notNull(),
    model: varchar("model", { length: 120 }).notNull(),
    vector: longBlob("vector").notNull(),
    performance: double("performance").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("memory_embeddings_tenant").on(table.tenantId, table.locale)],
);

/** Model spend per budget scope (`provider:openai`) and period (`2026-05`), across tenants. */
export const spendLedger = mysqlTable(
  "spend_ledger",
  {
    scope: varchar("scope", { length: 100 }).notNull(),
    period: varchar("period", { length: 10 }).notNull(),
    usd: double("usd").notNull(),
    updatedAt: bigint("updated_at", { mode: "number" }).notNull(),
  },
  (table) => [uniqueIndex("spend_ledger_scope").on(table.scope, table.period)],
);

/** Idempotency keys of REST requests and the answers a retry gets back; see ../idempotency-repository.ts. */
export const idempotencyKeys = mysqlTable(
  "idempotency_keys",
  {
    tenantId: tenantId(),
    route: varchar("route", { length: 100 }).notNull(),
    key: asciiKey("key").notNull(),
    fingerprint: varchar("fingerprint", { length: 64 }).notNull(),
    claimId: varchar("claim_id", { length: 40 }).notNull(),
    state: varchar("state", { length: 16 }).$type<"in_flight" | "completed">().notNull(),
    responseStatus: int("response_status"),
    responseHeaders: jsonText("response_headers").$type<Record<string, string>>(),
    responseBody: longtext("response_body"),
    createdAt: createdAt(),
    expiresAt: bigint("expires_at", { mode: "number" }).notNull(),
  },
  (table) => [
    uniqueIndex("idempotency_keys_key").on(table.tenantId, table.route, table.key),
    index("idempotency_keys_expires").on(table.expiresAt),
  ],
);
