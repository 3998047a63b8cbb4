import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "../errors.ts";
import { idempotencyContract } from "./idempotency-contract.ts";
import { learningContract } from "./learning-contract.ts";
import type { Storage } from "./open.ts";
import type { NewApiKey, Repository } from "./repository.ts";

/**
 * The storage contract every dialect must pass, run from one small file per database
 * (`sqlite/repository.test.ts`, `mysql/repository.test.ts`). `open` gets an empty database and a clock.
 */
export function repositoryContract(
  name: string,
  open: (now: () => number) => Promise<{ storage: Storage; cleanup: () => Promise<void> }>,
): void {
  describe(`repository contract: ${name}`, () => {
    let clock = 1_700_000_000_000;
    const now = () => ++clock;
    let storage: Storage;
    let cleanup: () => Promise<void>;
    let repo: Repository;
    let a: string;
    let b: string;

    beforeAll(async () => {
      ({ storage, cleanup } = await open(now));
      repo = storage.repository;
    });
    afterAll(async () => {
      await repo.close();
      await cleanup();
    });

    const key = (overrides: Partial<NewApiKey> = {}): NewApiKey => ({
      name: "test",
      kind: "secret",
      role: "admin",
      prefix: "fk_live_abcd",
      secretHash: `hash-${Math.random()}`,
      allowedOrigins: [],
      scopes: null,
      quotaPerMinute: null,
      ...overrides,
    });

    it("migrates an empty database, and again without change", async () => {
      await storage.migrate();
      await storage.migrate();
      await expect(repo.ping()).resolves.toBeUndefined();
      a = (await repo.tenants.create("acme")).id;
      b = (await repo.tenants.create("globex")).id;
    });

    it("tenants: create, get, find by name, conflict on a taken name", async () => {
      const acme = await repo.tenants.get(a);
      expect(acme).toMatchObject({ id: a, name: "acme" });
      expect(await repo.tenants.findByName("globex")).toMatchObject({ id: b });
      expect(await repo.tenants.findByName("nobody")).toBeNull();
      expect(await repo.tenants.get("ten_missing")).toBeNull();
      await expect(repo.tenants.create("acme")).rejects.toBeInstanceOf(ConflictError);
    });

    it("api keys: create, get, list, touch, find by hash, revoke, origins", async () => {
      const created = await repo.apiKeys.create(a, key({ secretHash: "h-secret", scopes: ["content:read"] }));
      const publishable = await repo.apiKeys.create(
        a,
        key({ kind: "publishable", role: "viewer", secretHash: "h-pub", allowedOrigins: ["https://shop.example"] }),
      );
      expect(created.id).toMatch(/^key_/);
      expect(await repo.apiKeys.get(a, created.id)).toEqual(created);
      expect((await repo.apiKeys.list(a)).map((k) => k.id)).toEqual([created.id, publishable.id]);
      await repo.apiKeys.touch(a, created.id, 42);
      expect((await repo.apiKeys.get(a, created.id))?.lastUsedAt).toBe(42);
      expect(await repo.apiKeys.findActiveByHash("h-secret")).toMatchObject({ id: created.id, tenantId: a });
      expect(await repo.apiKeys.findActiveByHash("h-none")).toBeNull();
      expect(await repo.apiKeys.isOriginAllowed("https://shop.example")).toBe(true);
      expect(await repo.apiKeys.isOriginAllowed("https://evil.example")).toBe(false);

      expect(await repo.apiKeys.revoke(a, created.id, 99)).toBe(true);
      expect(await repo.apiKeys.revoke(a, created.id, 100)).toBe(false);
      expect((await repo.apiKeys.get(a, created.id))?.revokedAt).toBe(99);
      expect(await repo.apiKeys.findActiveByHash("h-secret")).toBeNull();
      await repo.apiKeys.revoke(a, publishable.id, 101);
      expect(await repo.apiKeys.isOriginAllowed("https://shop.example")).toBe(false);
    });

    it("requests: record and summarize since a time", async () => {
      const before = clock;
      await repo.requests.record(a, {
        keyId: null,
        route: "/x",
        status: 200,
        durationMs: 3,
        units: 5,
        provider: null,
        createdAt: before - 10,
      });
      await repo.requests.record(a, {
        keyId: "key_1",
        route: "/x",
        status: 200,
        durationMs: 3,
        units: 7,
        provider: "rules",
        createdAt: before + 1,
      });
      await repo.requests.record(a, {
        keyId: "key_1",
        route: "/y",
        status: 429,
        durationMs: 1,
        units: 0,
        provider: null,
        createdAt: before + 2,
      });
      expect(await repo.requests.summarize(a, before)).toEqual({ requests: 2, errors: 1, units: 7 });
      await repo.requests.recordMany([]);
      await repo.requests.recordMany([
        {
          tenantId: a,
          keyId: null,
          route: "/z",
          status: 500,
          durationMs: 9,
          units: 1,
          provider: null,
          createdAt: before + 3,
        },
        {
          tenantId: b,
          keyId: null,
          route: "/z",
          status: 200,
          durationMs: 9,
          units: 4,
          provider: null,
          createdAt: before + 3,
        },
      ]);
      expect(await repo.requests.summarize(a, before)).toEqual({ requests: 3, errors: 2, units: 8 });
      expect(await repo.requests.summarize(b, 0)).toEqual({ requests: 1, errors: 0, units: 4 });
      expect(await repo.requests.summarize(b, before + 4)).toEqual({ requests: 0, errors: 0, units: 0 });
    });

    it("documents: versions numbered per locale, one published per locale", async () => {
      const doc = await repo.documents.create(a, { name: "Hero", format: "html", sourceLocale: "es-MX" });
      expect(await repo.documents.get(a, doc.id)).toEqual(doc);
      expect((await repo.documents.list(a)).map((d) => d.id)).toEqual([doc.id]);
      const v1 = await repo.documents.addVersion(a, doc.id, {
        locale: "es-AR",
        origin: "localized",
        content: "<p>uno</p>",
        metadata: { score: 0.9 },
      });
      const v2 = await repo.documents.addVersion(a, doc.id, {
        locale: "es-AR",
        origin: "edited",
        content: "<p>dos ñ</p>",
        metadata: {},
      });
      const other = await repo.documents.addVersion(a, doc.id, {
        locale: "es-CL",
        origin: "localized",
        content: "x",
        metadata: {},
      });
      expect([v1.version, v2.version, other.version]).toEqual([1, 2, 1]);
      expect(v1.published).toBe(false);
      expect((await repo.documents.listVersions(a, doc.id, "es-AR")).map((v) => v.content)).toEqual([
        "<p>uno</p>",
        "<p>dos ñ</p>",
      ]);
      expect(await repo.documents.listVersions(a, doc.id)).toHaveLength(3);
      expect(await repo.documents.getPublished(a, doc.id, "es-AR")).toBeNull();

      await repo.documents.publish(a, doc.id, "es-AR", 1);
      expect(await repo.documents.getPublished(a, doc.id, "es-AR")).toMatchObject({
        version: 1,
        metadata: { score: 0.9 },
      });
      const published = await repo.documents.publish(a, doc.id, "es-AR", 2);
      expect(published).toMatchObject({ version: 2, published: true });
      expect(await repo.documents.getPublished(a, doc.id, "es-AR")).toMatchObject({
        version: 2,
        content: "<p>dos ñ</p>",
      });
      expect((await repo.documents.listVersions(a, doc.id, "es-AR")).map((v) => v.published)).toEqual([false, true]);
      await expect(repo.documents.publish(a, doc.id, "es-AR", 9)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("documents: a caller-chosen id is kept, and conflicts only within its tenant", async () => {
      // Tenants of their own, so the other tests' counts of a's and b's rows stay as they were.
      const a = (await repo.tenants.create("initech")).id;
      const b = (await repo.tenants.create("hooli")).id;
      const doc = await repo.documents.create(a, {
        id: "shopify-product-77",
        name: "Laptop",
        format: "html",
        sourceLocale: "en",
      });
      expect(doc.id).toBe("shopify-product-77");
      expect(await repo.documents.get(a, "shopify-product-77")).toEqual(doc);
      await expect(
        repo.documents.create(a, { id: "shopify-product-77", name: "Again", format: "html", sourceLocale: "en" }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect(await repo.documents.get(b, "shopify-product-77")).toBeNull();
      const theirs = await repo.documents.create(b, {
        id: "shopify-product-77",
        name: "Other",
        format: "text",
        sourceLocale: "pt-BR",
      });
      expect(theirs).toMatchObject({ id: "shopify-product-77", tenantId: b, name: "Other" });
      expect(await repo.documents.get(a, "shopify-product-77")).toEqual(doc);
      expect(await repo.documents.get(b, "shopify-product-77")).toEqual(theirs);
    });

    it("documents: two tenants holding one id keep their versions, publications and feedback apart", async () => {
      const a = (await repo.tenants.create("umbrella")).id;
      const b = (await repo.tenants.create("soylent")).id;
      const id = "shared-id";
      await repo.documents.create(a, { id, name: "A", format: "text", sourceLocale: "es-MX" });
      // A's document changes after B's exists: B's must not move.
      const mine = await repo.documents.create(b, { id, name: "B", format: "text", sourceLocale: "es-MX" });
      const add = (tenant: string, content: string) =>
        repo.documents.addVersion(tenant, id, { locale: "es-AR", origin: "localized", content, metadata: {} });
      expect((await add(a, "a1")).version).toBe(1);
      expect((await add(a, "a2")).version).toBe(2);
      // Versions are numbered per tenant's document: B's first is 1 though A's document of that id has 2.
      expect((await add(b, "b1")).version).toBe(1);
      expect((await repo.documents.get(b, id))?.updatedAt).toBeGreaterThan(mine.updatedAt);
      expect((await repo.documents.listVersions(a, id)).map((v) => v.content)).toEqual(["a1", "a2"]);
      expect((await repo.documents.listVersions(b, id, "es-AR")).map((v) => v.content)).toEqual(["b1"]);

      await repo.documents.publish(a, id, "es-AR", 2);
      expect(await repo.documents.getPublished(b, id, "es-AR")).toBeNull();
      await expect(repo.documents.publish(b, id, "es-AR", 2)).rejects.toBeInstanceOf(NotFoundError);
      await repo.documents.publish(b, id, "es-AR", 1);
      expect(await repo.documents.getPublished(a, id, "es-AR")).toMatchObject({ tenantId: a, content: "a2" });
      expect(await repo.documents.getPublished(b, id, "es-AR")).toMatchObject({ tenantId: b, content: "b1" });
      // Publishing A's version 1 unpublishes only A's other version.
      await repo.documents.publish(a, id, "es-AR", 1);
      expect((await repo.documents.listVersions(a, id)).map((v) => v.published)).toEqual([true, false]);
      expect((await repo.documents.listVersions(b, id)).map((v) => v.published)).toEqual([true]);

      const rating = { documentId: id, locale: "es-AR", comment: null, variant: null };
      const theirs = await repo.feedback.add(b, { ...rating, rating: 1 });
      await repo.feedback.add(a, { ...rating, rating: 5 });
      expect(await repo.feedback.list(b, { documentId: id })).toEqual([theirs]);
      expect((await repo.feedback.list(a, { documentId: id })).map((row) => row.rating)).toEqual([5]);

      await repo.learning.addVariant(a, { contentId: id, locale: "es-AR", name: "a", content: "x", control: true });
      await repo.learning.addVariant(b, { contentId: id, locale: "es-AR", name: "a", content: "y", control: true });
      expect((await repo.learning.listVariants(b, id, "es-AR")).map((row) => row.content)).toEqual(["y"]);
      expect(await repo.learning.endVariants(a, id, "es-AR", 9_000)).toBe(1);
      expect((await repo.learning.listVariants(b, id, "es-AR", { active: true })).map((row) => row.content)).toEqual([
        "y",
      ]);
    });

    it("translation memory: put replaces, lookup matches the whole key", async () => {
      const entry = { segmentDigest: "d1", sourceLocale: "es-MX", targetLocale: "es-AR", profileVersion: "1" };
      expect(await repo.translationMemory.lookup(a, entry)).toBeNull();
      const changes = [{ from: "ordenador", to: "computadora", reason: 'La palabra de México «y» "esta"' }];
      await repo.translationMemory.put(a, { ...entry, text: "computadora", changes });
      expect(await repo.translationMemory.lookup(a, entry)).toEqual({ text: "computadora", changes });
      await repo.translationMemory.put(a, { ...entry, text: "computadora portátil", changes: [] });
      expect(await repo.translationMemory.lookup(a, entry)).toEqual({ text: "computadora portátil", changes: [] });
      expect(await repo.translationMemory.lookup(a, { ...entry, profileVersion: "2" })).toBeNull();
    });

    it("jobs: created with their items in order", async () => {
      const job = await repo.jobs.create(a, {
        kind: "localize",
        input: { to: ["es-AR"] },
        items: [{ n: 1 }, { n: 2 }],
      });
      expect(job).toMatchObject({ status: "queued", totalItems: 2 });
      expect(await repo.jobs.get(a, job.id)).toEqual(job);
      const items = await repo.jobs.listItems(a, job.id);
      expect(items.map((item) => [item.position, item.input, item.status, item.attempts])).toEqual([
        [0, { n: 1 }, "queued", 0],
        [1, { n: 2 }, "queued", 0],
      ]);
      const empty = await repo.jobs.create(a, { kind: "noop", input: {}, items: [] });
      expect(await repo.jobs.listItems(a, empty.id)).toEqual([]);
    });

    it("webhooks: endpoints, deliveries and attempts", async () => {
      const endpoint = await repo.webhooks.createEndpoint(a, {
        url: "https://hooks.example/frontier",
        description: "crm",
        events: ["content.published"],
        secretCiphertext: "k1:iv:ct",
      });
      expect(await repo.webhooks.listEndpoints(a)).toEqual([endpoint]);
      const delivery = await repo.webhooks.enqueueDelivery(a, {
        endpointId: endpoint.id,
        eventType: "content.published",
        payload: { id: "doc_1" },
      });
      expect(delivery).toMatchObject({ status: "pending", attempts: 0 });
      const attempted = await repo.webhooks.recordAttempt(a, delivery.id, {
        status: "failed",
        responseStatus: 503,
        nextAttemptAt: 123,
      });
      expect(attempted).toMatchObject({ status: "failed", attempts: 1, responseStatus: 503, nextAttemptAt: 123 });
      expect(await repo.webhooks.listDeliveries(a, endpoint.id)).toEqual([attempted]);
      expect(await repo.webhooks.deleteEndpoint(a, endpoint.id)).toBe(true);
      expect(await repo.webhooks.deleteEndpoint(a, endpoint.id)).toBe(false);
      await expect(
        repo.webhooks.enqueueDelivery(a, { endpointId: endpoint.id, eventType: "x", payload: {} }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it("feedback, consents and the audit log", async () => {
      const first = await repo.feedback.add(a, {
        documentId: "doc_1",
        locale: "es-AR",
        rating: 5,
        comment: "¡bárbaro!",
        variant: "b",
      });
      await repo.feedback.add(a, { documentId: null, locale: "es-MX", rating: 2, comment: null, variant: null });
      expect(await repo.feedback.list(a, { documentId: "doc_1" })).toEqual([first]);
      expect(await repo.feedback.list(a)).toHaveLength(2);

      await repo.consents.record(a, { subjectDigest: "s1", purpose: "marketing", granted: true, source: "banner" });
      await repo.consents.record(a, { subjectDigest: "s1", purpose: "marketing", granted: false, source: "email" });
      expect((await repo.consents.listForSubject(a, "s1")).map((c) => c.granted)).toEqual([true, false]);

      await repo.audit.append(a, {
        actorKeyId: "key_1",
        action: "keys.create",
        targetType: "api_key",
        targetId: "key_2",
        data: { role: "viewer" },
      });
      await repo.audit.append(a, {
        actorKeyId: null,
        action: "keys.revoke",
        targetType: "api_key",
        targetId: "key_2",
        data: {},
      });
      expect((await repo.audit.list(a)).map((e) => e.action)).toEqual(["keys.revoke", "keys.create"]);
      expect(await repo.audit.list(a, 1)).toHaveLength(1);
    });

    it("subject records: upsert by id, list, delete by subject and by id, tenant-scoped", async () => {
      const row = (id: string, digest: string, kind: string, createdAt: number) => ({
        id,
        subjectDigest: digest,
        kind,
        market: "BR",
        sealed: `sealed-${id}`,
        createdAt,
        withdrawnAt: null,
      });
      await repo.subjectRecords.put(a, row("sr1", "d1", "consent", 10));
      await repo.subjectRecords.put(a, row("sr2", "d1", "feedback", 20));
      await repo.subjectRecords.put(a, row("sr3", "d2", "consent", 30));
      await repo.subjectRecords.put(a, { ...row("sr1", "d1", "consent", 10), withdrawnAt: 15, sealed: "resealed" });
      const first = await repo.subjectRecords.listForSubject(a, "d1");
      expect(first.map((r) => [r.id, r.sealed, r.withdrawnAt])).toEqual([
        ["sr1", "resealed", 15],
        ["sr2", "sealed-sr2", null],
      ]);
      await expect(repo.subjectRecords.put(b, row("sr1", "d1", "consent", 10))).rejects.toBeInstanceOf(ConflictError);
      expect(await repo.subjectRecords.list(b)).toEqual([]);
      expect(await repo.subjectRecords.deleteForSubject(b, "d1")).toEqual({});
      expect(await repo.subjectRecords.deleteByIds(b, ["sr3"])).toBe(0);
      expect(await repo.subjectRecords.deleteForSubject(a, "d1")).toEqual({ consent: 1, feedback: 1 });
      expect((await repo.subjectRecords.list(a)).map((r) => r.id)).toEqual(["sr3"]);
      expect(await repo.subjectRecords.deleteByIds(a, ["sr3", "nope"])).toBe(1);
      expect(await repo.subjectRecords.list(a)).toEqual([]);
    });

    it("tenant settings: put replaces, get is tenant-scoped", async () => {
      expect(await repo.tenantSettings.get(a, "compliance")).toBeUndefined();
      await repo.tenantSettings.put(a, "compliance", { crossBorderTransfer: "forbidden" });
      await repo.tenantSettings.put(a, "compliance", { crossBorderTransfer: "allowed", pseudonymize: true });
      expect(await repo.tenantSettings.get(a, "compliance")).toEqual({
        crossBorderTransfer: "allowed",
        pseudonymize: true,
      });
      expect(await repo.tenantSettings.get(b, "compliance")).toBeUndefined();
    });

    it("isolates tenants: another tenant sees, changes and publishes nothing", async () => {
      const secret = await repo.apiKeys.create(a, key({ secretHash: "h-iso" }));
      const doc = await repo.documents.create(a, { name: "Iso", format: "text", sourceLocale: "es-MX" });
      await repo.documents.addVersion(a, doc.id, { locale: "es-AR", origin: "source", content: "x", metadata: {} });
      await repo.documents.publish(a, doc.id, "es-AR", 1);
      const job = await repo.jobs.create(a, { kind: "localize", input: {}, items: [{}] });
      const endpoint = await repo.webhooks.createEndpoint(a, {
        url: "https://h.example",
        description: "",
        events: [],
        secretCiphertext: "c",
      });
      const memory = { segmentDigest: "iso", sourceLocale: "es-MX", targetLocale: "es-AR", profileVersion: "1" };
      await repo.translationMemory.put(a, { ...memory, text: "t", changes: [{ from: "x", to: "y", reason: "z" }] });

      expect(await repo.apiKeys.get(b, secret.id)).toBeNull();
      expect(await repo.apiKeys.list(b)).toEqual([]);
      expect(await repo.apiKeys.revoke(b, secret.id, 1)).toBe(false);
      expect((await repo.apiKeys.get(a, secret.id))?.revokedAt).toBeNull();
      expect(await repo.documents.get(b, doc.id)).toBeNull();
      expect(await repo.documents.list(b)).toEqual([]);
      expect(await repo.documents.listVersions(b, doc.id)).toEqual([]);
      expect(await repo.documents.getPublished(b, doc.id, "es-AR")).toBeNull();
      await expect(
        repo.documents.addVersion(b, doc.id, { locale: "es-AR", origin: "edited", content: "y", metadata: {} }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.documents.publish(b, doc.id, "es-AR", 1)).rejects.toBeInstanceOf(NotFoundError);
      expect(await repo.translationMemory.lookup(b, memory)).toBeNull();
      expect(await repo.jobs.get(b, job.id)).toBeNull();
      expect(await repo.jobs.listItems(b, job.id)).toEqual([]);
      expect(await repo.webhooks.listEndpoints(b)).toEqual([]);
      expect(await repo.webhooks.deleteEndpoint(b, endpoint.id)).toBe(false);
      await expect(
        repo.webhooks.enqueueDelivery(b, { endpointId: endpoint.id, eventType: "x", payload: {} }),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await repo.webhooks.listDeliveries(b, endpoint.id)).toEqual([]);
      expect(await repo.feedback.list(b)).toEqual([]);
      expect(await repo.consents.listForSubject(b, "s1")).toEqual([]);
      expect(await repo.audit.list(b)).toEqual([]);
    });

    learningContract(
      () => repo,
      () => ({ a, b }),
    );
    idempotencyContract(
      () => repo,
      () => ({ a, b }),
    );
  });
}
