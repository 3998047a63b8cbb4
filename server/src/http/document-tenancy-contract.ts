import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

/**
 * Two tenants holding the same document id over HTTP: REST documents, tRPC content and feedback, and the storefront
 * read path with its caches. Run on SQLite (`document-tenancy.test.ts`) and on MySQL when `MYSQL_URL` is set;
 * `open` gives the server's environment (its `DATABASE_URL`) and a cleanup.
 */
export function documentTenancyContract(
  name: string,
  open: () => Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }>,
): void {
  describe(`one document id in two tenants: ${name}`, { timeout: 60_000 }, () => {
    const id = "wp-post-123";
    const tenants = {
      acme: { origin: "https://acme.example", admin: "", publishable: "" },
      globex: { origin: "https://globex.example", admin: "", publishable: "" },
    };
    type Tenant = keyof typeof tenants;
    let server: TestServer;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      const opened = await open();
      cleanup = opened.cleanup;
      server = await createTestServer(opened.env);
      for (const [tenant, keys] of Object.entries(tenants)) {
        keys.admin = (await server.key(tenant, "admin")).plaintext;
        keys.publishable = (
          await server.key(tenant, "viewer", { kind: "publishable", allowedOrigins: [keys.origin] })
        ).plaintext;
      }
    });
    afterAll(async () => {
      await server?.close();
      await cleanup?.();
    });

    const put = (tenant: Tenant, url: string, payload: object) =>
      server.app.inject({ method: "PUT", url, headers: bearer(tenants[tenant].admin), payload });
    const read = (tenant: Tenant, documentId: string, locale: string, visitor?: string) =>
      server.app.inject({
        url: `/api/v1/content/${documentId}?locale=${locale}${visitor === undefined ? "" : `&visitor=${visitor}`}`,
        headers: { ...bearer(tenants[tenant].publishable), origin: tenants[tenant].origin },
      });
    async function trpc(tenant: Tenant, path: string, input: unknown, method: "query" | "mutation") {
      const headers = bearer(tenants[tenant].admin);
      const response =
        method === "query"
          ? await server.app.inject({
              url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
              headers,
            })
          : await server.app.inject({
              method: "POST",
              url: `/trpc/${path}`,
              headers: { ...headers, "content-type": "application/json" },
              payload: JSON.stringify(input),
            });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { result: { data: unknown } }).result.data;
    }

    it("lets each tenant create the id (no 409 from the other's), and conflicts only with its own", async () => {
      const acme = await put("acme", `/api/v1/documents/${id}`, { name: "Post", format: "html", source_locale: "es" });
      expect(acme.statusCode, acme.body).toBe(201);
      const globex = await put("globex", `/api/v1/documents/${id}`, {
        name: "Entry",
        format: "text",
        source_locale: "pt-BR",
      });
      expect(globex.statusCode, globex.body).toBe(201);
      expect(globex.json()).toMatchObject({ id, name: "Entry", format: "text", source_locale: "pt-BR" });
      const again = await put("globex", `/api/v1/documents/${id}`, {
        name: "Entry",
        format: "text",
        source_locale: "pt-BR",
      });
      expect(again.statusCode).toBe(200);
      const changed = await put("acme", `/api/v1/documents/${id}`, {
        name: "Post",
        format: "text",
        source_locale: "es",
      });
      expect(changed.statusCode).toBe(409);
      expect(changed.json().error.message).toMatch(/is html from es/);
    });

    it("publishes and serves each tenant's own copy, through the cache and after a republish", async () => {
      for (const [tenant, content] of [
        ["acme", "<p>Hola</p>"],
        ["globex", "Olá"],
      ] as const) {
        const published = await put(tenant, `/api/v1/documents/${id}/published/es-AR`, { content });
        expect(published.statusCode, published.body).toBe(200);
        expect(published.json()).toMatchObject({ id, version: 1, created: true });
      }
      for (let round = 0; round < 2; round += 1) {
        expect((await read("acme", id, "es-AR")).json()).toMatchObject({ id, format: "html", content: "<p>Hola</p>" });
        expect((await read("globex", id, "es-AR")).json()).toMatchObject({ id, format: "text", content: "Olá" });
      }
      const republished = await put("acme", `/api/v1/documents/${id}/published/es-AR`, { content: "<p>Buenas</p>" });
      expect(republished.json()).toMatchObject({ version: 2 });
      expect((await read("acme", id, "es-AR")).json()).toMatchObject({ content: "<p>Buenas</p>", version: 2 });
      expect((await read("globex", id, "es-AR")).json()).toMatchObject({ content: "Olá", version: 1 });
      // Shared caches keep tenants apart even when the key travels in the Authorization header.
      expect((await read("acme", id, "es-AR")).headers.vary).toBe("Origin, Authorization");
    });

    it("keeps tRPC documents, versions and publishing per tenant", async () => {
      const acme = (await trpc("acme", "content.getDocument", { id }, "query")) as {
        document: { tenantId: string; name: string };
        versions: { content: string }[];
      };
      expect(acme.document.name).toBe("Post");
      expect(acme.versions.map((version) => version.content)).toEqual(["<p>Hola</p>", "<p>Buenas</p>"]);
      const added = (await trpc(
        "globex",
        "content.addVersion",
        { id, locale: "es-AR", content: "Oi" },
        "mutation",
      )) as { version: number };
      expect(added.version).toBe(2);
      await trpc("globex", "content.publish", { id, locale: "es-AR", version: 2 }, "mutation");
      expect((await read("globex", id, "es-AR")).json()).toMatchObject({ content: "Oi", version: 2 });
      expect((await read("acme", id, "es-AR")).json()).toMatchObject({ content: "<p>Buenas</p>", version: 2 });
      const globex = (await trpc("globex", "content.getDocument", { id }, "query")) as {
        document: { name: string };
        versions: { content: string; published: boolean }[];
      };
      expect(globex.document.name).toBe("Entry");
      expect(globex.versions.map((version) => [version.content, version.published])).toEqual([
        ["Olá", false],
        ["Oi", true],
      ]);
      expect((await trpc("acme", "content.listDocuments", undefined, "query")) as unknown[]).toHaveLength(1);
    });

    it("runs an experiment for one tenant's document without touching the other's", async () => {
      await trpc(
        "acme",
        "feedback.addVariant",
        { contentId: id, locale: "es-AR", name: "a", content: "<p>Variante</p>", control: true },
        "mutation",
      );
      const visitor = "visitor-00000042";
      expect((await read("acme", id, "es-AR", visitor)).json()).toMatchObject({ content: "<p>Variante</p>" });
      expect((await read("acme", id, "es-AR")).json()).toMatchObject({ experiment: true });
      const theirs = await read("globex", id, "es-AR", visitor);
      expect(theirs.json()).toEqual(expect.objectContaining({ content: "Oi" }));
      expect(theirs.json().experiment).toBeUndefined();
      expect(theirs.json().variant_id).toBeUndefined();
      const report = await server.app.inject({
        url: `/trpc/feedback.variantReport?input=${encodeURIComponent(
          JSON.stringify({ contentId: id, locale: "es-AR", horizon: 100 }),
        )}`,
        headers: bearer(tenants.globex.admin),
      });
      expect(report.statusCode).toBe(404);
      const ended = (await trpc("acme", "feedback.endExperiment", { contentId: id, locale: "es-AR" }, "mutation")) as {
        ended: number;
      };
      expect(ended.ended).toBe(1);
    });

    it("keeps generated ids working", async () => {
      const saved = (await trpc(
        "globex",
        "content.saveDocument",
        { name: "Hero", format: "text", source_locale: "es-MX", content: "Hola" },
        "mutation",
      )) as { document: { id: string } };
      expect(saved.document.id).toMatch(/^doc_/);
      await trpc("globex", "content.publish", { id: saved.document.id, locale: "es-MX", version: 1 }, "mutation");
      expect((await read("globex", saved.document.id, "es-MX")).json()).toMatchObject({ content: "Hola" });
      expect((await read("acme", saved.document.id, "es-MX")).statusCode).toBe(404);
    });
  });
}
