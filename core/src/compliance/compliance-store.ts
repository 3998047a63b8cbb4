/**
 * The storage port for consent and data-subject requests. Core decides what is stored and when; the server
 * implements the port with its database (encrypting personal fields at rest with encryption.ts). Every method is
 * scoped by tenant: no call may see another tenant's rows.
 */

export interface ConsentRecord {
  id: string;
  tenantId: string;
  subjectId: string;
  purpose: string;
  /** ISO 3166-1 alpha-2 market whose law applies. */
  market: string;
  /** Version of the consent text the subject saw. */
  textVersion: string;
  /** ISO 8601. */
  grantedAt: string;
  withdrawnAt: string | null;
}

/** Any other personal data the server keeps about a subject (feedback text, an in-flight vault …). */
export interface SubjectRecord {
  id: string;
  tenantId: string;
  subjectId: string;
  kind: string;
  createdAt: string;
  data: unknown;
}

export type AuditAction = "consent.recorded" | "consent.withdrawn" | "subject.exported" | "subject.erased";

/** Audit entries name the subject only by `subjectHash` (HMAC-SHA-256 with the tenant's salt): no personal data. */
export interface AuditEntry {
  id: string;
  tenantId: string;
  action: AuditAction;
  subjectHash: string;
  at: string;
  details: Readonly<Record<string, string | number>>;
}

export interface ComplianceStore {
  saveConsent(record: ConsentRecord): Promise<void>;
  listConsents(tenantId: string, subjectId: string): Promise<ConsentRecord[]>;
  listSubjectRecords(tenantId: string, subjectId: string): Promise<SubjectRecord[]>;
  /** Deletes everything stored about the subject; returns how many rows of each kind went. */
  deleteSubject(tenantId: string, subjectId: string): Promise<{ consents: number; records: number }>;
  appendAudit(entry: AuditEntry): Promise<void>;
  listAudit(tenantId: string): Promise<AuditEntry[]>;
}
