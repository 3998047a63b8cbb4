import type {
  AuditAction,
  AuditEntry,
  ComplianceStore,
  ConsentRecord,
  EncryptedRecord,
  EnvelopeCipher,
  SubjectRecord,
} from "@frontier-ai/core";
import { subjectHash } from "@frontier-ai/core";
import type { Repository, StoredSubjectRecord } from "../db/repository.ts";

const consentKind = "consent";
const auditActions: readonly string[] = [
  "consent.recorded",
  "consent.withdrawn",
  "subject.exported",
  "subject.erased",
] satisfies AuditAction[];

/**
 * Core's `ComplianceStore` on the server's database. Consent and subject records are sealed whole (AES-256-GCM
 * envelope bound to tenant, kind and id); the rows show only the subject's keyed digest, the kind, the market and
 * the timestamps retention needs. Audit entries go to the audit log under the subject's hash, never its id.
 */
export class DatabaseComplianceStore implements ComplianceStore {
  readonly #repository: Repository;
  readonly #cipher: EnvelopeCipher;
  readonly #salt: (tenantId: string) => Uint8Array;

  constructor(repository: Repository, cipher: EnvelopeCipher, salt: (tenantId: string) => Uint8Array) {
    this.#repository = repository;
    this.#cipher = cipher;
    this.#salt = salt;
  }

  #digest(tenantId: string, subjectId: string): string {
    return subjectHash(subjectId, this.#salt(tenantId));
  }

  #seal(tenantId: string, kind: string, id: string, value: unknown): string {
    return JSON.stringify(this.#cipher.encrypt(JSON.stringify(value), `${tenantId}:${kind}:${id}`));
  }

  #open<T>(row: StoredSubjectRecord): T {
    const envelope = JSON.parse(row.sealed) as EncryptedRecord;
    return JSON.parse(this.#cipher.decryptText(envelope, `${row.tenantId}:${row.kind}:${row.id}`)) as T;
  }

  async saveConsent(record: ConsentRecord): Promise<void> {
    await this.#repository.subjectRecords.put(record.tenantId, {
      id: record.id,
      subjectDigest: this.#digest(record.tenantId, record.subjectId),
      kind: consentKind,
      market: record.market,
      sealed: this.#seal(record.tenantId, consentKind, record.id, record),
      createdAt: Date.parse(record.grantedAt),
      withdrawnAt: record.withdrawnAt === null ? null : Date.parse(record.withdrawnAt),
    });
  }

  /** Keeps other personal data about a subject (feedback text, a vault), sealed like consents. */
  async saveSubjectRecord(record: SubjectRecord & { market: string }): Promise<void> {
    await this.#repository.subjectRecords.put(record.tenantId, {
      id: record.id,
      subjectDigest: this.#digest(record.tenantId, record.subjectId),
      kind: record.kind,
      market: record.market,
      sealed: this.#seal(record.tenantId, record.kind, record.id, record),
      createdAt: Date.parse(record.createdAt),
      withdrawnAt: null,
    });
  }

  async listConsents(tenantId: string, subjectId: string): Promise<ConsentRecord[]> {
    const rows = await this.#repository.subjectRecords.listForSubject(tenantId, this.#digest(tenantId, subjectId));
    return rows.filter((row) => row.kind === consentKind).map((row) => this.#open<ConsentRecord>(row));
  }

  async listSubjectRecords(tenantId: string, subjectId: string): Promise<SubjectRecord[]> {
    const rows = await this.#repository.subjectRecords.listForSubject(tenantId, this.#digest(tenantId, subjectId));
    return rows.filter((row) => row.kind !== consentKind).map((row) => this.#open<SubjectRecord>(row));
  }

  async deleteSubject(tenantId: string, subjectId: string): Promise<{ consents: number; records: number }> {
    const counts = await this.#repository.subjectRecords.deleteForSubject(tenantId, this.#digest(tenantId, subjectId));
    let records = 0;
    for (const [kind, count] of Object.entries(counts)) if (kind !== consentKind) records += count;
    return { consents: counts[consentKind] ?? 0, records };
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    await this.#repository.audit.append(entry.tenantId, {
      actorKeyId: null,
      action: entry.action,
      targetType: "subject",
      targetId: entry.subjectHash,
      data: { id: entry.id, at: entry.at, details: entry.details },
    });
  }

  async listAudit(tenantId: string): Promise<AuditEntry[]> {
    const rows = await this.#repository.audit.list(tenantId, 1_000);
    return rows
      .filter((row) => row.targetType === "subject" && auditActions.includes(row.action))
      .map((row) => ({
        id: typeof row.data.id === "string" ? row.data.id : row.id,
        tenantId: row.tenantId,
        action: row.action as AuditAction,
        subjectHash: row.targetId,
        at: typeof row.data.at === "string" ? row.data.at : new Date(row.createdAt).toISOString(),
        details: isDetails(row.data.details) ? row.data.details : {},
      }))
      .reverse();
  }
}

function isDetails(value: unknown): value is Record<string, string | number> {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).every((item) => typeof item === "string" || typeof item === "number")
  );
}
