import { randomBytes } from "node:crypto";
import type { RememberedChange } from "@frontier-ai/core";
import type { ApiKeyKind, DeliveryStatus, JobStatus, Role, VersionOrigin } from "../types.ts";
import type { IdempotencyRepository } from "./idempotency-repository.ts";
import type { LearningRepository, SpendRepository } from "./learning-repository.ts";

/**
 * The storage contract, implemented once per dialect (`sqlite/repository.ts`, `mysql/repository.ts`) and checked
 * by one shared suite (`contract.ts`). Every function that reads or writes a tenant's data takes the tenant's id
 * first and filters by it; the few that cannot (finding a key by its hash, the CORS preflight) say why.
 * Timestamps are epoch milliseconds.
 */
export interface Repository {
  readonly dialect: "sqlite" | "mysql";
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
  tenants: TenantRepository;
  apiKeys: ApiKeyRepository;
  requests: RequestRepository;
  documents: DocumentRepository;
  translationMemory: TranslationMemoryRepository;
  jobs: JobRepository;
  webhooks: WebhookRepository;
  feedback: FeedbackRepository;
  consents: ConsentRepository;
  audit: AuditRepository;
  learning: LearningRepository;
  spend: SpendRepository;
  idempotencyKeys: IdempotencyRepository;
  subjectRecords: SubjectRecordRepository;
  tenantSettings: TenantSettingsRepository;
}

export interface Tenant {
  id: string;
  name: string;
  createdAt: number;
}

export interface TenantRepository {
  /** Throws ConflictError when the name is taken. */
  create(name: string): Promise<Tenant>;
  get(tenantId: string): Promise<Tenant | null>;
  findByName(name: string): Promise<Tenant | null>;
}

export interface ApiKeyRecord {
  id: string;
  tenantId: string;
  name: string;
  kind: ApiKeyKind;
  role: Role;
  /** The first characters of the key, safe to show (`fk_live_AbC1`). */
  prefix: string;
  secretHash: string;
  allowedOrigins: string[];
  /** null: every permission of the role. */
  scopes: string[] | null;
  quotaPerMinute: number | null;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export type NewApiKey = Pick<
  ApiKeyRecord,
  "name" | "kind" | "role" | "prefix" | "secretHash" | "allowedOrigins" | "scopes" | "quotaPerMinute"
> & { id?: string };

export interface ApiKeyRepository {
  create(tenantId: string, key: NewApiKey): Promise<ApiKeyRecord>;
  get(tenantId: string, keyId: string): Promise<ApiKeyRecord | null>;
  list(tenantId: string): Promise<ApiKeyRecord[]>;
  /** Resolves to false when the key does not exist in this tenant or was already revoked. */
  revoke(tenantId: string, keyId: string, at: number): Promise<boolean>;
  touch(tenantId: string, keyId: string, at: number): Promise<void>;
  /** Not tenant-scoped: the hash is the credential and names the tenant. Revoked keys are not returned. */
  findActiveByHash(secretHash: string): Promise<ApiKeyRecord | null>;
  /** Not tenant-scoped: answers a CORS preflight, which carries no credentials. */
  isOriginAllowed(origin: string): Promise<boolean>;
}

export interface RequestRecord {
  id: string;
  tenantId: string;
  keyId: string | null;
  route: string;
  status: number;
  durationMs: number;
  /** Billable units (segments, characters ...) the route counted; 0 when it counts none. */
  units: number;
  provider: string | null;
  createdAt: number;
}

export interface UsageSummary {
  requests: number;
  errors: number;
  units: number;
}

export interface RequestRepository {
  record(tenantId: string, request: Omit<RequestRecord, "id" | "tenantId">): Promise<void>;
  /** Many rows in one statement; each names its own tenant. */
  recordMany(requests: Omit<RequestRecord, "id">[]): Promise<void>;
  summarize(tenantId: string, since: number): Promise<UsageSummary>;
}

export interface DocumentRecord {
  id: string;
  tenantId: string;
  name: string;
  format: string;
  sourceLocale: string;
  createdAt: number;
  updatedAt: number;
}

export interface DocumentVersion {
  id: string;
  tenantId: string;
  documentId: string;
  locale: string;
  version: number;
  origin: VersionOrigin;
  content: string;
  metadata: Record<string, unknown>;
  published: boolean;
  createdAt: number;
}

export interface DocumentRepository {
  /**
   * A caller may choose the id (a host's own key, such as `shopify-product-123`); ids are unique across tenants, so
   * one already taken throws ConflictError.
   */
  create(
    tenantId: string,
    document: Pick<DocumentRecord, "name" | "format" | "sourceLocale"> & { id?: string },
  ): Promise<DocumentRecord>;
  get(tenantId: string, documentId: string): Promise<DocumentRecord | null>;
  list(tenantId: string): Promise<DocumentRecord[]>;
  /** Appends the next version for (document, locale), numbered from 1. Throws NotFoundError for another tenant's document. */
  addVersion(
    tenantId: string,
    documentId: string,
    version: Pick<DocumentVersion, "locale" | "origin" | "content" | "metadata">,
  ): Promise<DocumentVersion>;
  listVersions(tenantId: string, documentId: string, locale?: string): Promise<DocumentVersion[]>;
  /** Marks one version published and the locale's others not. Throws NotFoundError when it does not exist. */
  publish(tenantId: string, documentId: string, locale: string, version: number): Promise<DocumentVersion>;
  getPublished(tenantId: string, documentId: string, locale: string): Promise<DocumentVersion | null>;
}

export interface TranslationMemoryKey {
  segmentDigest: string;
  sourceLocale: string;
  targetLocale: string;
  profileVersion: string;
}

/** A remembered segment: its translation and the adaptations that belong to it (empty on rows from before them). */
export interface TranslationMemoryEntry {
  text: string;
  changes: RememberedChange[];
}

export interface TranslationMemoryRepository {
  /** Inserts or replaces the text and changes for the key. */
  put(tenantId: string, entry: TranslationMemoryKey & TranslationMemoryEntry): Promise<void>;
  lookup(tenantId: string, key: TranslationMemoryKey): Promise<TranslationMemoryEntry | null>;
}

export interface Job {
  id: string;
  tenantId: string;
  kind: string;
  status: JobStatus;
  input: Record<string, unknown>;
  totalItems: number;
  createdAt: number;
  updatedAt: number;
}

export interface JobItem {
  id: string;
  tenantId: string;
  jobId: string;
  position: number;
  status: JobStatus;
  input: Record<string, unknown>;
  output: Record<string, unknown> | null;
  error: string | null;
  attempts: number;
  leaseOwner: string | null;
  leaseExpiresAt: number | null;
  updatedAt: number;
}

export interface JobRepository {
  /** Creates the job and its items (queued) together. */
  create(
    tenantId: string,
    job: { kind: string; input: Record<string, unknown>; items: Record<string, unknown>[] },
  ): Promise<Job>;
  get(tenantId: string, jobId: string): Promise<Job | null>;
  /** Items by position; `page` limits them (per-item results paginated). */
  listItems(tenantId: string, jobId: string, page?: { offset: number; limit: number }): Promise<JobItem[]>;
  /** Newest first. */
  list(tenantId: string, limit?: number): Promise<Job[]>;
  /** Items per status. */
  countItems(tenantId: string, jobId: string): Promise<Record<JobStatus, number>>;
  /**
   * Leases up to `limit` due items of any tenant for `owner` until `now + leaseMs`: queued items whose backoff
   * (`leaseExpiresAt`) has passed and running items whose lease expired (their worker died). MySQL skips rows
   * another worker holds (`FOR UPDATE SKIP LOCKED`); SQLite's single writer serializes the claim. Each claimed
   * item's attempts grow by one and its job becomes running.
   */
  claimItems(owner: string, claim: { limit: number; leaseMs: number; now: number }): Promise<JobItem[]>;
  /** Pushes the lease of the owner's items forward; returns how many it still holds. */
  renewLeases(owner: string, itemIds: readonly string[], until: number): Promise<number>;
  findLocalized(tenantId: string, key: LocalizedFieldKey): Promise<LocalizedField | null>;
  /**
   * In one transaction: marks the item succeeded with `output` and writes the copy under its key (kept when
   * the key already holds copy). Resolves to false, writing nothing, when `owner` no longer holds the lease.
   */
  completeItem(
    tenantId: string,
    itemId: string,
    owner: string,
    result: { output: Record<string, unknown>; localized: (LocalizedFieldKey & { content: string }) | null },
  ): Promise<boolean>;
  /** Requeues the item until `retryAt`, or fails it when `retryAt` is null. False when the lease was lost. */
  failItem(
    tenantId: string,
    itemId: string,
    owner: string,
    failure: { error: string; retryAt: number | null },
  ): Promise<boolean>;
  /** Cancels the job and its unfinished items; false when it is unknown or already finished. */
  cancel(tenantId: string, jobId: string): Promise<boolean>;
  /**
   * When no item is queued or running, moves the job from queued/running to succeeded (or failed when an item
   * failed) and returns the new status; null when it is not finished or another worker settled it first.
   */
  settle(tenantId: string, jobId: string): Promise<JobStatus | null>;
}

export interface LocalizedFieldKey {
  /** A document id or the caller's own external id. */
  documentKey: string;
  field: string;
  locale: string;
  sourceDigest: string;
}

export interface LocalizedField extends LocalizedFieldKey {
  id: string;
  tenantId: string;
  content: string;
  jobItemId: string;
  createdAt: number;
}

export interface WebhookEndpoint {
  id: string;
  tenantId: string;
  url: string;
  description: string;
  events: string[];
  secretCiphertext: string;
  enabled: boolean;
  createdAt: number;
}

export interface WebhookDelivery {
  id: string;
  tenantId: string;
  endpointId: string;
  eventType: string;
  payload: Record<string, unknown>;
  status: DeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface WebhookRepository {
  createEndpoint(
    tenantId: string,
    endpoint: Pick<WebhookEndpoint, "url" | "description" | "events" | "secretCiphertext">,
  ): Promise<WebhookEndpoint>;
  listEndpoints(tenantId: string): Promise<WebhookEndpoint[]>;
  deleteEndpoint(tenantId: string, endpointId: string): Promise<boolean>;
  /** Queues a delivery (status pending, due now). Throws NotFoundError for another tenant's endpoint. */
  enqueueDelivery(
    tenantId: string,
    delivery: Pick<WebhookDelivery, "endpointId" | "eventType" | "payload">,
  ): Promise<WebhookDelivery>;
  recordAttempt(
    tenantId: string,
    deliveryId: string,
    attempt: { status: DeliveryStatus; responseStatus: number | null; nextAttemptAt: number | null },
  ): Promise<WebhookDelivery>;
  listDeliveries(tenantId: string, endpointId: string): Promise<WebhookDelivery[]>;
  getEndpoint(tenantId: string, endpointId: string): Promise<WebhookEndpoint | null>;
  /**
   * Takes up to `limit` pending deliveries of any tenant that are due, pushing their next attempt to
   * `now + leaseMs` so no other process sends them meanwhile (SKIP LOCKED on MySQL).
   */
  claimDueDeliveries(claim: { limit: number; leaseMs: number; now: number }): Promise<WebhookDelivery[]>;
}

export interface FeedbackRecord {
  id: string;
  tenantId: string;
  documentId: string | null;
  locale: string;
  rating: number;
  comment: string | null;
  variant: string | null;
  createdAt: number;
}

export interface FeedbackRepository {
  add(tenantId: string, feedback: Omit<FeedbackRecord, "id" | "tenantId" | "createdAt">): Promise<FeedbackRecord>;
  list(tenantId: string, filter?: { documentId?: string }): Promise<FeedbackRecord[]>;
}

export interface ConsentRecord {
  id: string;
  tenantId: string;
  subjectDigest: string;
  purpose: string;
  granted: boolean;
  source: string;
  createdAt: number;
}

export interface ConsentRepository {
  record(tenantId: string, consent: Omit<ConsentRecord, "id" | "tenantId" | "createdAt">): Promise<ConsentRecord>;
  /** Every decision for the subject, oldest first: the last one per purpose is in force. */
  listForSubject(tenantId: string, subjectDigest: string): Promise<ConsentRecord[]>;
}

export interface AuditEntry {
  id: string;
  tenantId: string;
  actorKeyId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  data: Record<string, unknown>;
  createdAt: number;
}

export interface AuditRepository {
  append(tenantId: string, entry: Omit<AuditEntry, "id" | "tenantId" | "createdAt">): Promise<AuditEntry>;
  /** Newest first. */
  list(tenantId: string, limit?: number): Promise<AuditEntry[]>;
}

/** Personal data about one subject, sealed; plain columns are only what lookups and retention sweeps need. */
export interface StoredSubjectRecord {
  id: string;
  tenantId: string;
  subjectDigest: string;
  /** `consent` or another kind of kept data (`feedback`, `vault` …). */
  kind: string;
  market: string;
  /** The record encrypted at rest (an envelope, serialized). */
  sealed: string;
  createdAt: number;
  withdrawnAt: number | null;
}

export interface SubjectRecordRepository {
  /** Inserts, or replaces the row with the same id in this tenant. */
  put(tenantId: string, record: Omit<StoredSubjectRecord, "tenantId">): Promise<void>;
  /** Oldest first. */
  listForSubject(tenantId: string, subjectDigest: string): Promise<StoredSubjectRecord[]>;
  /** Every row of the tenant, oldest first (retention sweeps). */
  list(tenantId: string): Promise<StoredSubjectRecord[]>;
  /** Returns the rows deleted, by kind. */
  deleteForSubject(tenantId: string, subjectDigest: string): Promise<Record<string, number>>;
  deleteByIds(tenantId: string, ids: readonly string[]): Promise<number>;
}

export interface TenantSettingsRepository {
  get(tenantId: string, name: string): Promise<unknown>;
  put(tenantId: string, name: string, value: unknown): Promise<void>;
}

/** A random id with a readable prefix (`ten_`, `key_`, `doc_` ...): 120 bits, URL-safe. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(15).toString("base64url")}`;
}
