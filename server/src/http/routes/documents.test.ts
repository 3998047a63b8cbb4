import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../../testing/harness.ts";

const shop = "https://shop.example";

describe("document routes", { timeout: 60_000 }, () => {
  let server: TestServer;
  let admin: string;
  let editor: string;
  let otherTenant: string;
  let publishable: string;

  beforeAll(async () => {
    server = await createTestServer();
    admin = (await server.key("default", "admin")).plaintext;
    editor = (await server.key("default", "editor")).plaintext;
    otherTenant = (await server.key("globex", "admin")).plaintext;
    publishable = (await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] })).plaintext;
  });
  afterAll(() => server.close());

  const put = (url: string, key: string, payload: unknown) =>
    server.app.inject({ method: "PUT", url, headers: bearer(key), payload: payload as object });
  const read = (id: string, locale: string) =>
    server.app.inject({ url: `/api/v1/content/${id}?locale=${locale}&key=${publishable}`, headers: { origin: shop } });
  const document = { name: "Laptop", format: "html", source_locale: "en" };

  it("creates a document under the caller's id once, then answers the same one", async () => {
    const created = await put("/api/v1/documents/shopify-product-1001", editor, document);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ id: "shopify-product-1001", format: "html", source_locale: "en" });
    const again = await put("/api/v1/documents/shopify-product-1001", editor, document);
    expect(again.statusCode).toBe(200);
    expect(again.json().created_at).toBe(created.json().created_at);
  });

  it("creates a document once when a host sends its first PUT several times at once", async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => put("/api/v1/documents/wp-post-race", editor, document)),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().created_at)).size).toBe(1);
    // The same race made certain: the read finds nothing because another request inserts right after it.
    const { documents } = server.services.repository;
    const get = documents.get;
    documents.get = async (tenantId, id) => {
      documents.get = get;
      await documents.create(tenantId, { id, name: "Laptop", format: "html", sourceLocale: "en" });
      return null;
    };
    const raced = await put("/api/v1/documents/wp-post-race-2", editor, document);
    expect(raced.statusCode, raced.body).toBe(200);
    expect(raced.json()).toMatchObject({ id: "wp-post-race-2", format: "html" });
  });

  it("refuses to change a document's format; another tenant creates the same id as its own", async () => {
    const changed = await put("/api/v1/documents/shopify-product-1001", editor, { ...document, format: "text" });
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error.code).toBe("conflict");
    expect(changed.json().error.message).toMatch(/format and source_locale cannot change/);
    const theirs = await put("/api/v1/documents/shopify-product-1001", otherTenant, { ...document, format: "text" });
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.json()).toMatchObject({ id: "shopify-product-1001", format: "text" });
  });

  it("publishes copy the storefront route serves, without a new version when the text is unchanged", async () => {
    const url = "/api/v1/documents/shopify-product-1001/published/es-AR";
    const first = await put(url, admin, { content: "<p>Una computadora rápida</p>" });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ locale: "es-AR", version: 1, created: true, published: true });
    expect((await read("shopify-product-1001", "es-AR")).json()).toMatchObject({
      content: "<p>Una computadora rápida</p>",
      version: 1,
    });

    const same = await put(url, admin, { content: "<p>Una computadora rápida</p>" });
    expect(same.json()).toMatchObject({ version: 1, created: false });

    const next = await put(url, admin, { content: "<p>Una computadora muy rápida</p>" });
    expect(next.json()).toMatchObject({ version: 2, created: true });
    const served = await read("shopify-product-1001", "es-AR");
    expect(served.json()).toMatchObject({ content: "<p>Una computadora muy rápida</p>", version: 2 });
    expect((await read("shopify-product-1001", "es-MX")).statusCode).toBe(404);
  });

  it("needs content:publish, names bad fields, and 404s a document never created", async () => {
    const url = "/api/v1/documents/shopify-product-1001/published/es-AR";
    const byEditor = await put(url, editor, { content: "x" });
    expect(byEditor.statusCode).toBe(403);
    expect(byEditor.json().error.message).toMatch(/content:publish/);

    const bad = await put("/api/v1/documents/shopify product/published/es_AR", admin, { content: "", origin: "x" });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.issues.map((issue: { path: string }) => issue.path)
        .sort(),
    ).toEqual(["content", "origin", "params.id", "params.locale"]);

    const missing = await put("/api/v1/documents/never-created/published/es-AR", admin, { content: "x" });
    expect(missing.statusCode).toBe(404);
    expect((await read("never-created", "es-AR")).statusCode).toBe(404);
  });

  it("describes both routes in the OpenAPI document", async () => {
    const openapi = (await server.app.inject({ url: "/api/v1/openapi.json" })).json();
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/v1/documents/{id}", "/api/v1/documents/{id}/published/{locale}"]),
    );
    expect(openapi.paths["/api/v1/documents/{id}/published/{locale}"].put.requestBody).toBeDefined();
  });
});
