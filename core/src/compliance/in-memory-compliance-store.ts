import type { AuditEntry, ComplianceStore, ConsentRecord, SubjectRecord } from "./compliance-store.ts";

/** An in-memory `ComplianceStore` for tests and examples: nothing persists, nothing is encrypted. */
export class InMemoryComplianceStore implements ComplianceStore {
  readonly #consents: ConsentRecord[] = [];
  readonly #records: SubjectRecord[] = [];
  readonly #audit: AuditEntry[] = [];

  /** Seeds other personal data about a subject, as the server would store feedback or vaults. */
  addSubjectRecord(record: SubjectRecord): void {
    this.#records.push(structuredClone(record));
  }

  async saveConsent(record: ConsentRecord): Promise<void> {
    const index = this.#consents.findIndex(
      (existing) => existing.id === record.id && existing.tenantId === record.tenantId,
    );
    if (index === -1) this.#consents.push(structuredClone(record));
    else this.#consents[index] = structuredClone(record);
  }

  async listConsents(tenantId: string, subjectId: string): Promise<ConsentRecord[]> {
    return this.#consents
      .filter((record) => record.tenantId === tenantId && record.subjectId === subjectId)
      .map((record) => structuredClone(record));
  }

  async listSubjectRecords(tenantId: string, subjectId: string): Promise<SubjectRecord[]> {
    return this.#records
      .filter((record) => record.tenantId === tenantId && record.subjectId === subjectId)
      .map((record) => structuredClone(record));
  }

  async deleteSubject(tenantId: string, subjectId: string): Promise<{ consents: number; records: number }> {
    const matches = (record: { tenantId: string; subjectId: string }) =>
      record.tenantId === tenantId && record.subjectId === subjectId;
    const consents = removeWhere(this.#consents, matches);
    const records = removeWhere(this.#records, matches);
    return { consents, records };
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.#audit.push(structuredClone(entry));
  }

  async listAudit(tenantId: string): Promise<AuditEntry[]> {
    return this.#audit.filter((entry) => entry.tenantId === tenantId).map((entry) => structuredClone(entry));
  }

  /** Everything held, serialized: lets tests assert that erased data is gone from every table. */
  dump(): string {
    return JSON.stringify({ consents: this.#consents, records: this.#records, audit: this.#audit });
  }
}

function removeWhere<T>(items: T[], predicate: (item: T) => boolean): number {
  let removed = 0;
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item !== undefined && predicate(item)) {
      items.splice(index, 1);
      removed++;
    }
  }
  return removed;
}
