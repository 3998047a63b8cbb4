import type { RememberedChange } from "@frontier-ai/core";
import {
  bigint,
  boolean,
  customType,
  index,
  int,
  longtext,
  mysqlTable,
  primaryKey,
  uniqueIndex,
  varchar,
} from "drizzle-orm/mysql-core";
import type { ApiKeyKind, DeliveryStatus, JobStatus, Role, VersionOrigin } from "../../types.ts";

// The MySQL layout; ../sqlite/schema.ts is the same tables, column for column. Timestamps are epoch
// milliseconds in both dialects so rows compare and sort the same everywhere.

const id = () => varchar("id", { length: 40 }).primaryKey();
const tenantId = () => varchar("tenant_id", { length: 40 }).notNull();
const createdAt = () => bigint("created_at", { mode: "number" }).notNull();
const short = (name: string) => varchar(name, { length: 191 });
// Key columns are sized so composite unique indexes stay under InnoDB's 3072-byte limit in utf8mb4.
const locale = (name: string) => varchar(name, { length: 35 });
const digest = (name: string) => varchar(name, { length: 64 });
const ref = (name: string) => varchar(name, { length: 40 });
const millis = (name: string) => bigint(name, { mode: "number" });
// MariaDB's JSON is LONGTEXT and mysql2 hands it back as a string, so parse it here for both engines.
const jsonText = customType<{ data: unknown; driverData: string }>({
  dataType: () => "longtext",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === "string" ? JSON.parse(value) : value),
});
const json = <T>(name: string) => jsonText(name).$type<T>();

export const tenants = mysqlTable("tenants", {
  id: id(),
  name: short("name").notNull().unique(),
  createdAt: createdAt(),
});

export const apiKeys = mysqlTable(
  "api_keys",
  {
    id: id(),
    tenantId: tenantId(),
    name: short("name").notNull(),
    kind: short("kind").$type<ApiKeyKind>().notNull(),
    role: short("role").$type<Role>().notNull(),
    prefix: short("prefix").notNull(),
    secretHash: digest("secret_hash").notNull(),
    allowedOrigins: json<string[]>("allowed_origins").notNull(),
    scopes: json<string[]>("scopes"),
    quotaPerMinute: int("quota_per_minute"),
    createdAt: createdAt(),
    lastUsedAt: millis("last_used_at"),
    revokedAt: millis("revoked_at"),
  },
  (table) => [uniqueIndex("api_keys_secret_hash").on(table.secretHash), index("api_keys_tenant").on(table.tenantId)],
);

export const requests = mysqlTable(
  "requests",
  {
    id: id(),
    tenantId: tenantId(),
    keyId: ref("key_id"),
    route: short("route").notNull(),
    status: int("status").notNull(),
    durationMs: int("duration_ms").notNull(),
    units: int("units").notNull(),
    provider: short("provider"),
    createdAt: createdAt(),
  },
  (table) => [index("requests_tenant_created").on(table.tenantId, table.createdAt)],
);

export const documents = mysqlTable(
  "documents",
  {
    id: varchar("id", { length: 40 }).notNull(),
    tenantId: tenantId(),
    name: short("name").notNull(),
    format: short("format").notNull(),
    sourceLocale: locale("source_locale").notNull(),
    createdAt: createdAt(),
    updatedAt: millis("updated_at").notNull(),
  },
  // Ids are the host's own keys (`wp-post-123`), so they are unique per tenant, not across tenants.
  (table) => [primaryKey({ name: "documents_pk", columns: [table.tenantId, table.id] })],
);

export const documentVersions = mysqlTable(
  "document_versions",
  {
    id: id(),
    tenantId: tenantId(),
    documentId: ref("document_id").notNull(),
    locale: locale("locale").notNull(),
    version: int("version").notNull(),
    origin: short("origin").$type<VersionOrigin>().notNull(),
    content: longtext("content").notNull(),
    metadata: json<Record<string, unknown>>("metadata").notNull(),
    published: boolean("published").notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex("document_versions_unique").on(table.tenantId, table.documentId, table.locale, table.version),
  ],
);

export const translationMemory = mysqlTable(
  "translation_memory",
  {
    id: id(),
    tenantId: tenantId(),
    segmentDigest: digest("segment_digest").notNull(),
    sourceLocale: locale("source_locale").notNull(),
    targetLocale: locale("target_locale").notNull(),
    profileVersion: digest("profile_version").notNull(),
    text: longtext("text").notNull(),
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

export const jobs = mysqlTable(
  "jobs",
  {
    id: id(),
    tenantId: tenantId(),
    kind: short("kind").notNull(),
    status: short("status").$type<JobStatus>().notNull(),
    input: json<Record<string, unknown>>("input").notNull(),
    totalItems: int("total_items").notNull(),
    createdAt: createdAt(),
    updatedAt: millis("updated_at").notNull(),
  },
  (table) => [index("jobs_tenant_status").on(table.tenantId, table.status)],
);

export const jobItems = mysqlTable(
  "job_items",
  {
    id: id(),
    tenantId: tenantId(),
    jobId: ref("job_id").notNull(),
    position: int("position").notNull(),
    status: short("status").$type<JobStatus>().notNull(),
    input: json<Record<string, unknown>>("input").notNull(),
    output: json<Record<string, unknown>>("output"),
    error: longtext("error"),
    attempts: int("attempts").notNull(),
    leaseOwner: short("lease_owner"),
    leaseExpiresAt: millis("lease_expires_at"),
    updatedAt: millis("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("job_items_position").on(table.jobId, table.position),
    index("job_items_status").on(table.status, table.leaseExpiresAt),
    index("job_items_job_status").on(table.jobId, table.status),
  ],
);

/** Copy a job wrote, one row per (tenant, document, field, locale, source digest): re-running never pays twice. */
export const localizedFields = mysqlTable(
  "localized_fields",
  {
    id: id(),
    tenantId: tenantId(),
    documentKey: short("document_key").notNull(),
    field: varchar("field", { length: 100 }).notNull(),
    locale: locale("locale").notNull(),
    sourceDigest: digest("source_digest").notNull(),
    content: longtext("content").notNull(),
    jobItemId: ref("job_item_id").notNull(),
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

export const webhookEndpoints = mysqlTable(
  "webhook_endpoints",
  {
    id: id(),
    tenantId: tenantId(),
    url: varchar("url", { length: 2048 }).notNull(),
    description: short("description").notNull(),
    events: json<string[]>("events").notNull(),
    /** The signing secret, encrypted with a master key (`keyId:iv:ciphertext`). */
    secretCiphertext: short("secret_ciphertext").notNull(),
    enabled: boolean("enabled").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("webhook_endpoints_tenant").on(table.tenantId)],
);

export const webhookDeliveries = mysqlTable(
  "webhook_deliveries",
  {
    id: id(),
    tenantId: tenantId(),
    endpointId: ref("endpoint_id").notNull(),
    eventType: short("event_type").notNull(),
    payload: json<Record<string, unknown>>("payload").notNull(),
    status: short("status").$type<DeliveryStatus>().notNull(),
    attempts: int("attempts").notNull(),
    responseStatus: int("response_status"),
    nextAttemptAt: millis("next_attempt_at"),
    createdAt: createdAt(),
    updatedAt: millis("updated_at").notNull(),
  },
  (table) => [index("webhook_deliveries_endpoint").on(table.tenantId, table.endpointId)],
);

export const feedback = mysqlTable(
  "feedback",
  {
    id: id(),
    tenantId: tenantId(),
    documentId: ref("document_id"),
    locale: locale("locale").notNull(),
    rating: int("rating").notNull(),
    comment: longtext("comment"),
    variant: short("variant"),
    createdAt: createdAt(),
  },
  (table) => [index("feedback_tenant").on(table.tenantId, table.createdAt)],
);

export const consents = mysqlTable(
  "consents",
  {
    id: id(),
    tenantId: tenantId(),
    /** A keyed digest of the data subject's identifier: the table never holds the identifier itself. */
    subjectDigest: digest("subject_digest").notNull(),
    purpose: short("purpose").notNull(),
    granted: boolean("granted").notNull(),
    source: short("source").notNull(),
    createdAt: createdAt(),
  },
  (table) => [index("consents_subject").on(table.tenantId, table.subjectDigest)],
);

export const auditLog = mysqlTable(
  "audit_log",
  {
    id: id(),
    tenantId: tenantId(),
    actorKeyId: ref("actor_key_id"),
    action: short("action").notNull(),
    targetType: short("target_type").notNull(),
    targetId: short("target_id").notNull(),
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
export const subjectRecords = mysqlTable(
  "subject_records",
  {
    id: id(),
    tenantId: tenantId(),
    subjectDigest: digest("subject_digest").notNull(),
    kind: short("kind").notNull(),
    market: short("market").notNull(),
    sealed: longtext("sealed").notNull(),
    createdAt: createdAt(),
    withdrawnAt: millis("withdrawn_at"),
  },
  (table) => [index("subject_records_subject").on(table.tenantId, table.subjectDigest)],
);

/** A tenant's settings by name (e.g. `compliance`), each a JSON value. */
export const tenantSettings = mysqlTable(
  "tenant_settings",
  {
    tenantId: tenantId(),
    name: short("name").notNull(),
    value: json<unknown>("value").notNull(),
    updatedAt: millis("updated_at").notNull(),
  },
  (table) => [uniqueIndex("tenant_settings_name").on(table.tenantId, table.name)],
);
