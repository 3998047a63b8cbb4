import type { RememberedChange } from "@frontier-ai/core";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { ApiKeyKind, DeliveryStatus, JobStatus, Role, VersionOrigin } from "../../types.ts";

// The SQLite layout; ../mysql/schema.ts is the same tables, column for column. Timestamps are epoch
// milliseconds in both dialects so rows compare and sort the same everywhere.

const id = () => text("id").primaryKey();
const tenantId = () => text("tenant_id").notNull();
const createdAt = () => integer("created_at").notNull();
const json = <T>(name: string) => text(name, { mode: "json" }).$type<T>();

export const tenants = sqliteTable("tenants", {
  id: id(),
  name: text("name").notNull().unique(),
  createdAt: createdAt(),
});

export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: id(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    kind: text("kind").$type<ApiKeyKind>().notNull(),
    role: text("role").$type<Role>().notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    allowedOrigins: json<string[]>("allowed_origins").notNull(),
    scopes: json<string[]>("scopes"),
    quotaPerMinute: integer("quota_per_minute"),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (table) => [uniqueIndex("api_keys_secret_hash").on(table.secretHash), index("api_keys_tenant").on(table.tenantId)],
);

export const requests = sqliteTable(
  "requests",
  {
    id: id(),
    tenantId: tenantId(),
    keyId: text("key_id"),
    route: text("route").notNull(),
    status: integer("status").notNull(),
    durationMs: integer("duration_ms").notNull(),
    units: integer("units").notNull(),
    provider: text("provider"),
    createdAt: createdAt(),
  },
  (table) => [index("requests_tenant_created").on(table.tenantId, table.createdAt)],
);

export const documents = sqliteTable(
  "documents",
  {
    id: text("id").notNull(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    format: text("format").notNull(),
    sourceLocale: text("source_locale").notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull(),
  },
  // Ids are the host's own keys (`wp-post-123`), so they are unique per tenant, not across tenants.
  (table) => [primaryKey({ name: "documents_pk", columns: [table.tenantId, table.id] })],
);

export const documentVersions = sqliteTable(
  "document_versions",
  {
    id: id(),
    tenantId: tenantId(),
    documentId: text("document_id").notNull(),
    locale: text("locale").notNull(),
    version: integer("version").notNull(),
    origin: text("origin").$type<VersionOrigin>().notNull(),
    content: text("content").notNull(),
    metadata: json<Record<string, unknown>>("metadata").notNull(),
    published: integer("published", { mode: "boolean" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("document_versions_unique").on(table.tenantId, table.documentId, table.locale, table.version),
  ],
);

export const translationMemory = sqliteTable(
  "translation_memory",
  {
    id: id(),
    tenantId: tenantId(),
    segmentDigest: text("segment_digest").notNull(),
    sourceLocale: text("source_locale").notNull(),
    targetLocale: text("target_locale").notNull(),
    profileVersion: text("profile_version").notNull(),
    text: text("text").notNull(),
    /** The adaptations that belong to this segment; null on rows written before they were kept. */
    changes: json<RememberedChange[]>("changes"),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("translation_memory_unique").on(
      table.tenantId,
      table.segmentDigest,
      table.sourceLocale,
      table.targetLocale,
      table.profileVersion,
    ),
  ],
);

export const jobs = sqliteTable(
  "jobs",
  {
    id: id(),
    tenantId: tenantId(),
    kind: text("kind").notNull(),
    status: text("status").$type<JobStatus>().notNull(),
    input: json<Record<string, unknown>>("input").notNull(),
    totalItems: integer("total_items").notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [index("jobs_tenant_status").on(table.tenantId, table.status)],
);

export const jobItems = sqliteTable(
  "job_items",
  {
    id: id(),
    tenantId: tenantId(),
    jobId: text("job_id").notNull(),
    position: integer("position").notNull(),
    status: text("status").$type<JobStatus>().notNull(),
    input: json<Record<string, unknown>>("input").notNull(),
    output: json<Record<string, unknown>>("output"),
    error: text("error"),
    attempts: integer("attempts").notNull(),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: integer("lease_expires_at"),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("job_items_position").on(table.jobId, table.position),
    index("job_items_status").on(table.status, table.leaseExpiresAt),
    index("job_items_job_status").on(table.jobId, table.status),
  ],
);

/** Copy a job wrote, one row per (tenant, document, field, locale, source digest): re-running never pays twice. */
export const localizedFields = sqliteTable(
  "localized_fields",
  {
    id: id(),
    tenantId: tenantId(),
    documentKey: text("document_key").notNull(),
    field: text("field").notNull(),
    locale: text("locale").notNull(),
    sourceDigest: text("source_digest").notNull(),
    content: text("content").notNull(),
    jobItemId: text("job_item_id").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("localized_fields_unique").on(
      table.tenantId,
      table.documentKey,
      table.field,
      table.locale,
      table.sourceDigest,
    ),
  ],
);

export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: id(),
    tenantId: tenantId(),
    url: text("url").notNull(),
    description: text("description").notNull(),
    events: json<string[]>("events").notNull(),
    /** The signing secret, encrypted with a master key (`keyId:iv:ciphertext`). */
    secretCiphertext: text("secret_ciphertext").notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("webhook_endpoints_tenant").on(table.tenantId)],
);

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: id(),
    tenantId: tenantId(),
    endpointId: text("endpoint_id").notNull(),
    eventType: text("event_type").notNull(),
    payload: json<Record<string, unknown>>("payload").notNull(),
    status: text("status").$type<DeliveryStatus>().notNull(),
    attempts: integer("attempts").notNull(),
    responseStatus: integer("response_status"),
    nextAttemptAt: integer("next_attempt_at"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [index("webhook_deliveries_endpoint").on(table.tenantId, table.endpointId)],
);

export const feedback = sqliteTable(
  "feedback",
  {
    id: id(),
    tenantId: tenantId(),
    documentId: text("document_id"),
    locale: text("locale").notNull(),
    rating: integer("rating").notNull(),
    comment: text("comment"),
    variant: text("variant"),
    createdAt: createdAt(),
  },
  (table) => [index("feedback_tenant").on(table.tenantId, table.createdAt)],
);

export const consents = sqliteTable(
  "consents",
  {
    id: id(),
    tenantId: tenantId(),
    /** A keyed digest of the data subject's identifier: the table never holds the identifier itself. */
    subjectDigest: text("subject_digest").notNull(),
    purpose: text("purpose").notNull(),
    granted: integer("granted", { mode: "boolean" }).notNull(),
    source: text("source").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("consents_subject").on(table.tenantId, table.subjectDigest)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: id(),
    tenantId: tenantId(),
    actorKeyId: text("actor_key_id"),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    data: json<Record<string, unknown>>("data").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("audit_log_tenant").on(table.tenantId, table.createdAt)],
);
export * from "./learning-schema.ts";

/**
 * Personal data kept about a data subject (consent records, feedback text, an in-flight vault): found by the
 * subject's keyed digest, the record itself sealed (AES-256-GCM envelope) in `sealed`. Plain columns hold only
 * what retention sweeps need.
 */
export const subjectRecords = sqliteTable(
  "subject_records",
  {
    id: id(),
    tenantId: tenantId(),
    subjectDigest: text("subject_digest").notNull(),
    kind: text("kind").notNull(),
    market: text("market").notNull(),
    sealed: text("sealed").notNull(),
    createdAt: createdAt(),
    withdrawnAt: integer("withdrawn_at"),
  },
  (table) => [index("subject_records_subject").on(table.tenantId, table.subjectDigest)],
);

/** A tenant's settings by name (e.g. `compliance`), each a JSON value. */
export const tenantSettings = sqliteTable(
  "tenant_settings",
  {
    tenantId: tenantId(),
    name: text("name").notNull(),
    value: json<unknown>("value").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [uniqueIndex("tenant_settings_name").on(table.tenantId, table.name)],
);
