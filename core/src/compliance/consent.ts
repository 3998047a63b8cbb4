import { createHmac, randomUUID } from "node:crypto";
import { z } from "zod";
import type { AuditAction, AuditEntry, ComplianceStore, ConsentRecord, SubjectRecord } from "./compliance-store.ts";

/** Invalid input to a consent or data-subject operation (maps to HTTP 400). */
export class ComplianceInputError extends Error {
  override readonly name = "ComplianceInputError";
  readonly code = "invalid_input";
  readonly issues: readonly string[];

  constructor(issues: readonly string[], options?: { cause?: unknown }) {
    super(`Invalid compliance request: ${issues.join("; ")}`, options);
    this.issues = issues;
  }
}

export interface ComplianceContext {
  store: ComplianceStore;
  /** Secret per tenant (≥ 16 bytes) that keys the subject hash in audit entries. */
  tenantSalt: string | Uint8Array;
  now?: () => Date;
  newId?: () => string;
}

const subject = z.object({ tenantId: z.string().min(1), subjectId: z.string().min(1) });
const consentInput = subject.extend({
  purpose: z.string().min(1).max(200),
  market: z.string().regex(/^[A-Z]{2}$/, "market must be an ISO 3166-1 alpha-2 code"),
  textVersion: z.string().min(1).max(100),
});

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ComplianceInputError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`),
      { cause: result.error },
    );
  }
  return result.data;
}

/** HMAC-SHA-256 of the subject id keyed by the tenant salt: stable per tenant, not reversible without the salt. */
export function subjectHash(subjectId: string, tenantSalt: string | Uint8Array): string {
  if ((typeof tenantSalt === "string" ? Buffer.byteLength(tenantSalt) : tenantSalt.length) < 16) {
    throw new ComplianceInputError(["tenantSalt: must be at least 16 bytes"]);
  }
  return createHmac("sha256", tenantSalt).update(subjectId, "utf8").digest("hex");
}

async function audit(
  context: ComplianceContext,
  tenantId: string,
  subjectId: string,
  action: AuditAction,
  details: Record<string, string | number>,
): Promise<AuditEntry> {
  const entry: AuditEntry = {
    id: (context.newId ?? randomUUID)(),
    tenantId,
    action,
    subjectHash: subjectHash(subjectId, context.tenantSalt),
    at: (context.now ?? (() => new Date()))().toISOString(),
    details,
  };
  await context.store.appendAudit(entry);
  return entry;
}

/** Records that a subject consented to a purpose under a market's law, with the version of the text shown. */
export async function recordConsent(
  context: ComplianceContext,
  input: { tenantId: string; subjectId: string; purpose: string; market: string; textVersion: string },
): Promise<ConsentRecord> {
  const valid = parse(consentInput, input);
  const record: ConsentRecord = {
    id: (context.newId ?? randomUUID)(),
    ...valid,
    grantedAt: (context.now ?? (() => new Date()))().toISOString(),
    withdrawnAt: null,
  };
  await context.store.saveConsent(record);
  await audit(context, valid.tenantId, valid.subjectId, "consent.recorded", {
    purpose: valid.purpose,
    market: valid.market,
    textVersion: valid.textVersion,
  });
  return record;
}

/** Withdraws every active consent of the subject for a purpose; returns the records withdrawn. */
export async function withdrawConsent(
  context: ComplianceContext,
  input: { tenantId: string; subjectId: string; purpose: string },
): Promise<ConsentRecord[]> {
  const valid = parse(subject.extend({ purpose: z.string().min(1) }), input);
  const at = (context.now ?? (() => new Date()))().toISOString();
  const active = (await context.store.listConsents(valid.tenantId, valid.subjectId)).filter(
    (record) => record.purpose === valid.purpose && record.withdrawnAt === null,
  );
  const withdrawn = active.map((record) => ({ ...record, withdrawnAt: at }));
  for (const record of withdrawn) await context.store.saveConsent(record);
  await audit(context, valid.tenantId, valid.subjectId, "consent.withdrawn", {
    purpose: valid.purpose,
    count: withdrawn.length,
  });
  return withdrawn;
}

/** Whether the subject has an active consent for the purpose. */
export async function hasConsent(
  context: Pick<ComplianceContext, "store">,
  input: { tenantId: string; subjectId: string; purpose: string },
): Promise<boolean> {
  const records = await context.store.listConsents(input.tenantId, input.subjectId);
  return records.some((record) => record.purpose === input.purpose && record.withdrawnAt === null);
}

export interface SubjectExport {
  subjectId: string;
  exportedAt: string;
  consents: ConsentRecord[];
  records: SubjectRecord[];
}

/** Access/portability: everything stored about a subject, in one JSON-serializable document. */
export async function exportSubject(
  context: ComplianceContext,
  input: { tenantId: string; subjectId: string },
): Promise<SubjectExport> {
  const valid = parse(subject, input);
  const consents = await context.store.listConsents(valid.tenantId, valid.subjectId);
  const records = await context.store.listSubjectRecords(valid.tenantId, valid.subjectId);
  const entry = await audit(context, valid.tenantId, valid.subjectId, "subject.exported", {
    consents: consents.length,
    records: records.length,
  });
  return { subjectId: valid.subjectId, exportedAt: entry.at, consents, records };
}

/** Erasure: deletes everything stored about a subject and leaves an audit entry that holds only the hash. */
export async function eraseSubject(
  context: ComplianceContext,
  input: { tenantId: string; subjectId: string },
): Promise<AuditEntry> {
  const valid = parse(subject, input);
  const deleted = await context.store.deleteSubject(valid.tenantId, valid.subjectId);
  return audit(context, valid.tenantId, valid.subjectId, "subject.erased", deleted);
}
