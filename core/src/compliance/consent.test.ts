import { describe, expect, it } from "vitest";
import {
  ComplianceInputError,
  eraseSubject,
  exportSubject,
  hasConsent,
  recordConsent,
  subjectHash,
  withdrawConsent,
} from "./consent.ts";
import { InMemoryComplianceStore } from "./in-memory-compliance-store.ts";

function setup() {
  const store = new InMemoryComplianceStore();
  let counter = 0;
  const context = {
    store,
    tenantSalt: "tenant-salt-0123456789",
    now: () => new Date("2026-11-25T12:00:00Z"),
    newId: () => `id-${++counter}`,
  };
  return { store, context };
}

const subjectId = "ana.souza@example.com.br";

describe("consent and data-subject requests", () => {
  it("records, checks and withdraws consent, auditing by hash only", async () => {
    const { store, context } = setup();
    const record = await recordConsent(context, {
      tenantId: "t1",
      subjectId,
      purpose: "marketing-email",
      market: "BR",
      textVersion: "2026-11",
    });
    expect(record).toEqual({
      id: "id-1",
      tenantId: "t1",
      subjectId,
      purpose: "marketing-email",
      market: "BR",
      textVersion: "2026-11",
      grantedAt: "2026-11-25T12:00:00.000Z",
      withdrawnAt: null,
    });
    expect(await hasConsent(context, { tenantId: "t1", subjectId, purpose: "marketing-email" })).toBe(true);
    expect(await hasConsent(context, { tenantId: "t2", subjectId, purpose: "marketing-email" })).toBe(false);
    const withdrawn = await withdrawConsent(context, { tenantId: "t1", subjectId, purpose: "marketing-email" });
    expect(withdrawn.map((item) => item.withdrawnAt)).toEqual(["2026-11-25T12:00:00.000Z"]);
    expect(await hasConsent(context, { tenantId: "t1", subjectId, purpose: "marketing-email" })).toBe(false);
    const auditTrail = await store.listAudit("t1");
    expect(auditTrail.map((entry) => entry.action)).toEqual(["consent.recorded", "consent.withdrawn"]);
    expect(JSON.stringify(auditTrail)).not.toContain(subjectId);
  });

  it("exports everything stored about a subject and nothing about others", async () => {
    const { store, context } = setup();
    await recordConsent(context, { tenantId: "t1", subjectId, purpose: "p", market: "MX", textVersion: "v1" });
    await recordConsent(context, { tenantId: "t1", subjectId: "other", purpose: "p", market: "MX", textVersion: "v1" });
    store.addSubjectRecord({
      id: "f1",
      tenantId: "t1",
      subjectId,
      kind: "feedback",
      createdAt: "2026-11-20T00:00:00Z",
      data: { text: "Me encantó" },
    });
    const exported = await exportSubject(context, { tenantId: "t1", subjectId });
    expect(exported.consents.map((item) => item.subjectId)).toEqual([subjectId]);
    expect(exported.records.map((item) => item.id)).toEqual(["f1"]);
    expect(exported.exportedAt).toBe("2026-11-25T12:00:00.000Z");
  });

  it("erases the subject everywhere, leaving an audit entry without personal data", async () => {
    const { store, context } = setup();
    await recordConsent(context, { tenantId: "t1", subjectId, purpose: "p", market: "CL", textVersion: "v1" });
    store.addSubjectRecord({
      id: "v1",
      tenantId: "t1",
      subjectId,
      kind: "vault",
      createdAt: "2026-11-25T00:00:00Z",
      data: {},
    });
    store.addSubjectRecord({
      id: "x",
      tenantId: "t2",
      subjectId,
      kind: "feedback",
      createdAt: "2026-11-25T00:00:00Z",
      data: {},
    });
    const entry = await eraseSubject(context, { tenantId: "t1", subjectId });
    expect(entry).toMatchObject({
      action: "subject.erased",
      subjectHash: subjectHash(subjectId, context.tenantSalt),
      details: { consents: 1, records: 1 },
    });
    expect(entry.subjectHash).toMatch(/^[0-9a-f]{64}$/);
    const remaining = JSON.parse(store.dump());
    expect(JSON.stringify({ consents: remaining.consents, audit: remaining.audit })).not.toContain(subjectId);
    expect(remaining.records.map((record: { tenantId: string }) => record.tenantId)).toEqual(["t2"]);
    expect(subjectHash(subjectId, "another-tenant-salt!!")).not.toBe(entry.subjectHash);
  });

  it("rejects invalid requests with the issues listed", async () => {
    const { context } = setup();
    await expect(
      recordConsent(context, { tenantId: "t1", subjectId: "", purpose: "p", market: "Brasil", textVersion: "v1" }),
    ).rejects.toThrow(ComplianceInputError);
    await expect(
      recordConsent(context, { tenantId: "t1", subjectId: "s", purpose: "p", market: "Brasil", textVersion: "v1" }),
    ).rejects.toMatchObject({ issues: ["market: market must be an ISO 3166-1 alpha-2 code"] });
    expect(() => subjectHash("s", "short")).toThrow(/at least 16 bytes/);
  });
});
