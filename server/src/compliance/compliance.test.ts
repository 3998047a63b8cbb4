import { createModelCaller, createOpenAI, createRules } from "@frontier-ai/core";
import { type FakeProviderServer, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantedPermissions } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import { appRouter } from "../routers/_app.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";
import { createCallerFactory } from "../trpc.ts";
import { complianceFor } from "./service.ts";

const createCaller = createCallerFactory(appRouter);
const shop = "https://tienda.example";
const subjectId = "cliente-ana.souza@loja.example";

describe("compliance on the server", () => {
  let fake: FakeProviderServer;
  let server: TestServer;
  let publishable: string;
  let editor: string;
  let tenantId: string;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    const models = createModelCaller({ providers: [createOpenAI({ apiKey: "k", baseURL: fake.url }), createRules()] });
    server = await createTestServer({}, { models });
    const key = await server.key("shop", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    publishable = key.plaintext;
    tenantId = key.tenantId;
    editor = (await server.key("shop", "editor")).plaintext;
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  const caller = () => {
    const principal: Principal = {
      tenantId,
      keyId: "key_admin",
      kind: "secret",
      role: "admin",
      permissions: new Set(grantedPermissions("secret", "admin", null)),
      via: "key",
      quotaPerMinute: null,
    };
    return createCaller({ services: server.services, principal, requestId: "test" });
  };
  const admin = () => caller().compliance;

  it("serves the notice for a market in its language, with law, authority and purposes", async () => {
    const get = (market: string) =>
      server.app.inject({
        method: "GET",
        url: `/api/v1/compliance/notice?market=${market}`,
        headers: { ...bearer(publishable), origin: shop },
      });
    const argentina = await get("es-AR");
    expect(argentina.statusCode).toBe(200);
    expect(argentina.headers["access-control-allow-origin"]).toBe(shop);
    const notice = argentina.json();
    expect(notice).toMatchObject({ market: "AR", locale: "es-AR", law: expect.stringContaining("25.326") });
    expect(notice.authority).toMatch(/AAIP/);
    expect(notice.text).toMatch(/Usamos tus datos personales/);
    expect(notice.text).toContain(notice.law);
    expect(notice.purposes).toContainEqual({ id: "essential", label: expect.any(String), required: true });
    const brazil = (await get("BR")).json();
    expect(brazil.locale).toBe("pt-BR");
    expect(brazil.text).toMatch(/Usamos seus dados pessoais/);
    expect(brazil.text_version).not.toBe(notice.text_version);
    expect((await get("es-ZZ")).statusCode).toBe(400);
  });

  it("records consent from a storefront (201), sealed at rest, and exports it decrypted", async () => {
    const post = (body: Record<string, unknown>, key = publishable) =>
      server.app.inject({
        method: "POST",
        url: "/api/v1/consent",
        headers: { ...bearer(key), origin: shop },
        payload: { subject_id: subjectId, purpose: "marketing", market: "es-AR", text_version: "es-1", ...body },
      });
    const granted = await post({ granted: true });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json()).toEqual({ id: expect.any(String), recorded_at: expect.any(String) });
    expect(granted.headers["access-control-allow-origin"]).toBe(shop);
    expect((await post({ granted: false, purpose: "personalization" })).statusCode).toBe(201);
    expect((await post({ granted: "yes" })).json().error.issues[0].path).toBe("granted");
    expect((await post({ granted: true }, editor)).statusCode).toBe(201);

    const rows = await server.services.repository.subjectRecords.list(tenantId);
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).not.toContain("ana.souza");
    expect(JSON.stringify(rows)).not.toContain("marketing");

    const exported = await admin().exportSubject({ subjectId });
    expect(exported.consents.map((record) => [record.purpose, record.market, record.withdrawnAt === null])).toEqual([
      ["marketing", "AR", true],
      ["personalization", "AR", false],
      ["marketing", "AR", true],
    ]);
    expect(exported.consents[0]?.subjectId).toBe(subjectId);
  });

  it("erases a subject and leaves audit entries that hold no personal data", async () => {
    const service = complianceFor(server.services);
    await service.store.saveSubjectRecord({
      id: "fbk-1",
      tenantId,
      subjectId,
      kind: "feedback",
      market: "AR",
      createdAt: new Date().toISOString(),
      data: { comment: "me encantó, llamame al +54 9 11 2345-6789" },
    });
    const erased = await admin().eraseSubject({ subjectId });
    expect(erased.details).toEqual({ consents: 3, records: 1 });
    expect(await server.services.repository.subjectRecords.list(tenantId)).toEqual([]);
    expect((await admin().exportSubject({ subjectId })).consents).toEqual([]);
    const audit = await admin().audit();
    expect(audit.map((entry) => entry.action)).toContain("subject.erased");
    const raw = JSON.stringify(await server.services.repository.audit.list(tenantId));
    expect(raw).not.toContain("ana.souza");
    expect(raw).not.toContain("2345-6789");
  });

  it("sweeps records past retention and keeps the rest", async () => {
    const service = complianceFor(server.services);
    const day = 24 * 60 * 60 * 1000;
    const now = Date.parse("2030-01-01T00:00:00Z");
    const iso = (ms: number) => new Date(ms).toISOString();
    await service.store.saveSubjectRecord({
      id: "vault-old",
      tenantId,
      subjectId: "s1",
      kind: "vault",
      market: "MX",
      createdAt: iso(now - 8 * day),
      data: {},
    });
    await service.store.saveSubjectRecord({
      id: "vault-new",
      tenantId,
      subjectId: "s1",
      kind: "vault",
      market: "MX",
      createdAt: iso(now - day),
      data: {},
    });
    const base = { tenantId, subjectId: "s2", purpose: "marketing", market: "MX", textVersion: "1" };
    await service.store.saveConsent({ ...base, id: "c-active", grantedAt: iso(now - 4000 * day), withdrawnAt: null });
    await service.store.saveConsent({
      ...base,
      id: "c-withdrawn",
      grantedAt: iso(now - 4000 * day),
      withdrawnAt: iso(now - 6 * 365 * day),
    });
    expect(await service.sweep(tenantId, new Date(now))).toEqual({ deleted: 2, kept: 2 });
    expect((await server.services.repository.subjectRecords.list(tenantId)).map((row) => row.id).sort()).toEqual([
      "c-active",
      "vault-new",
    ]);
  });

  it("checks the policy and refuses remote providers (422) when the tenant forbids cross-border transfer", async () => {
    const localize = (provider: string) =>
      server.app.inject({
        method: "POST",
        url: "/api/v1/localize",
        headers: bearer(editor),
        payload: { content: "Tu ordenador nuevo.", source_locale: "es-ES", target_locales: ["es-AR"], provider },
      });
    expect(await admin().policy({ market: "es-BR", provider: "openai" })).toMatchObject({
      decision: "allow-with-pseudonymization",
    });
    fake.respond = () => ({ object: { segments: [{ id: "s1", text: "Tu computadora nueva." }], changes: [] } });
    expect((await localize("openai")).statusCode).not.toBe(422);

    await admin().saveSettings({ crossBorderTransfer: "forbidden" });
    expect(await admin().policy({ market: "BR", provider: "openai" })).toMatchObject({
      decision: "refuse",
      code: "tenant-forbids-transfer",
    });
    const before = fake.requests.length;
    const refused = await localize("openai");
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toMatch(/forbids/);
    const generate = await server.app.inject({
      method: "POST",
      url: "/api/v1/generate-content",
      headers: bearer(editor),
      payload: { prompt: "Ofertas", content_type: "sms", target_country: "AR", length: "short" },
    });
    expect(generate.statusCode).toBe(422);
    // Every door to the pipelines applies the same policy: tRPC, and batch jobs when they are created.
    const job = await server.app.inject({
      method: "POST",
      url: "/api/v1/jobs",
      headers: bearer(editor),
      payload: {
        items: [{ document: "sku-1", field: "title", text: "Tu ordenador nuevo." }],
        source_locale: "es-ES",
        target_locales: ["es-AR"],
        provider: "openai",
      },
    });
    expect(job.statusCode).toBe(422);
    const refusedOverTrpc = { code: "UNPROCESSABLE_CONTENT", message: expect.stringMatching(/forbids/) };
    await expect(
      caller().content.localize({
        content: "Tu ordenador nuevo.",
        source_locale: "es-ES",
        target_locales: ["es-AR"],
        provider: "openai",
      }),
    ).rejects.toMatchObject(refusedOverTrpc);
    await expect(
      caller().content.generate({ prompt: "Ofertas", content_type: "sms", target_country: "AR", length: "short" }),
    ).rejects.toMatchObject(refusedOverTrpc);
    await expect(
      caller().jobs.create({
        items: [{ document: "sku-1", field: "title", text: "Tu ordenador nuevo." }],
        source_locale: "es-ES",
        target_locales: ["es-AR"],
      }),
    ).rejects.toMatchObject(refusedOverTrpc);
    expect(fake.requests.length).toBe(before);
    expect((await server.services.repository.jobs.list(tenantId)).length).toBe(0);
    expect((await localize("rules")).statusCode).toBe(200);
  });
});
