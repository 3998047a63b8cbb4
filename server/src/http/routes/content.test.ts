import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../../testing/harness.ts";

const shop = "https://shop.example";

describe("content routes", { timeout: 60_000 }, () => {
  let server: TestServer;
  let editor: string;
  let viewer: string;
  let publishable: string;

  beforeAll(async () => {
    server = await createTestServer();
    editor = (await server.key("default", "editor")).plaintext;
    viewer = (await server.key("default", "viewer")).plaintext;
    publishable = (await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] })).plaintext;
  });
  afterAll(() => server.close());

  const post = (url: string, key: string, payload: unknown, headers: Record<string, string> = {}) =>
    server.app.inject({ method: "POST", url, headers: { ...bearer(key), ...headers }, payload: payload as object });

  it("POST /api/v1/generate-content answers the whitepaper's contract", async () => {
    const response = await post("/api/v1/generate-content", editor, {
      prompt: "zapatillas de running",
      content_type: "product_description",
      target_country: "argentina",
      target_industry: "sports",
      tone: "friendly",
      length: 60,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(["content", "cultural_adaptations", "metadata", "performance_score"]);
    expect(body.metadata).toMatchObject({ provider: "rules", locale: "es-AR" });
    expect(body.content).toContain("zapatillas de running");
    const metrics = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.body).toMatch(/frontier_content_items_total\{[^}]*operation="generate"[^}]*\} [1-9]/);
  });

  it("POST /api/v1/localize localizes markup into several markets", async () => {
    const response = await post("/api/v1/localize", editor, {
      content: "<p>Coge el <b>móvil</b>.</p>",
      format: "html",
      source_locale: "es-ES",
      target_locales: ["es-MX", "es-AR"],
    });
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    expect(results.map((result: { locale: string }) => result.locale)).toEqual(["es-MX", "es-AR"]);
    expect(results[0].content).toBe("<p>Toma el <b>celular</b>.</p>");
    expect(results[1].content).toBe("<p>Tomá el <b>celular</b>.</p>");
  });

  it("localizes the text attributes of custom Gutenberg blocks that the request names", async () => {
    const content =
      '<!-- wp:acme/testimonial {"quote":"Coge el móvil","author":"Ana","sku":"movil-123"} /-->\n' +
      '<!-- wp:frontier/localized {"contentId":"oferta","fallback":"Coge el móvil"} /-->';
    const localized = async (block_attributes?: unknown) => {
      const response = await post("/api/v1/localize", editor, {
        content,
        format: "gutenberg",
        source_locale: "es-ES",
        target_locales: ["es-MX"],
        ...(block_attributes !== undefined && { block_attributes }),
      });
      expect(response.statusCode).toBe(200);
      return response.json().results[0].content as string;
    };
    expect(await localized()).toBe(content);
    const named = await localized({ rich_text: ["quote"], plain_text: ["fallback", "author"] });
    expect(named).toContain('"quote":"Toma el celular"');
    expect(named).toContain('"fallback":"Toma el celular"');
    expect(named).toContain('"sku":"movil-123"');
    const bad = await post("/api/v1/localize", editor, {
      content,
      format: "gutenberg",
      source_locale: "es-ES",
      target_locales: ["es-MX"],
      block_attributes: { plain_text: ["<script>"] },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.issues)).toContain("block_attributes.plain_text.0");
  });

  it("POST /api/v1/validate returns findings", async () => {
    const response = await post("/api/v1/validate", viewer, { content: "Vosotros podéis pagar.", locale: "es-MX" });
    expect(response.statusCode).toBe(200);
    expect(response.json().findings.length).toBeGreaterThan(0);
  });

  it("answers 400 naming the field for an unknown market", async () => {
    const response = await post("/api/v1/localize", editor, {
      content: "Hola",
      source_locale: "es-ES",
      target_locales: ["es-MX", "xx-YY"],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe("target_locales.1");
  });

  it("answers 422 when no configured provider can translate the pair", async () => {
    const response = await post("/api/v1/localize", editor, {
      content: "Hola",
      source_locale: "es-ES",
      target_locales: ["pt-BR"],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error.message).toMatch(/openai/);
  });

  it("refuses a viewer writing and a publishable key on a secret route", async () => {
    const body = { prompt: "x", content_type: "sms", target_country: "MX", length: "short" };
    expect((await post("/api/v1/generate-content", viewer, body)).statusCode).toBe(403);
    expect((await post("/api/v1/generate-content", publishable, body, { origin: shop })).statusCode).toBe(403);
    expect(
      (await server.app.inject({ method: "POST", url: "/api/v1/generate-content", payload: body })).statusCode,
    ).toBe(401);
  });

  it("streams generation as server-sent events ending with the result", async () => {
    const address = await server.app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const response = await fetch(`${address}/api/v1/generate-content`, {
        method: "POST",
        headers: { ...bearer(editor), "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ prompt: "mate", content_type: "social_post", target_country: "UY", length: "short" }),
      });
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      const text = await response.text();
      const events = [...text.matchAll(/event: (\w+)\ndata: (.*)\n\n/g)].map(([, name, data]) => ({
        name,
        data: JSON.parse(data ?? ""),
      }));
      expect(events.filter((event) => event.name === "delta").length).toBeGreaterThan(0);
      const last = events.at(-1);
      expect(last?.name).toBe("result");
      expect(last?.data.metadata.locale).toBe("es-UY");
    } finally {
      await server.app.close();
    }
  });
});

describe("the storefront read path", { timeout: 60_000 }, () => {
  let server: TestServer;
  let publishable: string;
  let documentId: string;

  beforeAll(async () => {
    server = await createTestServer();
    publishable = (await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] })).plaintext;
    const trpc = (path: string, input: unknown) =>
      server.app.inject({
        method: "POST",
        url: `/trpc/${path}`,
        headers: bearer(server.ownerKey),
        payload: input as object,
      });
    const saved = await trpc("content.saveDocument", {
      name: "tote",
      format: "html",
      source_locale: "es-ES",
      content: "<p>Bolso</p>",
    });
    documentId = saved.json().result.data.document.id;
    await trpc("content.addVersion", {
      id: documentId,
      locale: "es-AR",
      content: "<p>Cartera</p>",
      origin: "localized",
    });
    const published = await trpc("content.publish", { id: documentId, locale: "es-AR", version: 1 });
    expect(published.statusCode).toBe(200);
  });
  afterAll(() => server.close());

  const read = (locale: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: "GET",
      url: `/api/v1/content/${documentId}?locale=${locale}&key=${publishable}`,
      headers: { origin: shop, ...headers },
    });

  it("serves published copy with ETag, Cache-Control and CORS for the key's origin", async () => {
    const response = await read("es-AR");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: documentId, locale: "es-AR", content: "<p>Cartera</p>", version: 1 });
    expect(response.headers.etag).toMatch(/^".+"$/);
    expect(response.headers["cache-control"]).toContain("max-age");
    expect(response.headers["access-control-allow-origin"]).toBe(shop);
    const again = await read("es-AR", { "if-none-match": String(response.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it("answers 404 for a locale with nothing published, so clients walk their fallback chain", async () => {
    expect((await read("es-MX")).statusCode).toBe(404);
  });

  it("refuses a request without a key and a key from another origin", async () => {
    const anonymous = await server.app.inject({ method: "GET", url: `/api/v1/content/${documentId}?locale=es-AR` });
    expect(anonymous.statusCode).toBe(401);
    expect((await read("es-AR", { origin: "https://evil.example" })).statusCode).toBe(403);
  });
});

describe("the playground", { timeout: 60_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it("serves its page and gives a local browser a short editor session that can localize", async () => {
    const page = await server.app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Frontier playground");
    const session = await server.app.inject({ method: "POST", url: "/playground/session", remoteAddress: "127.0.0.1" });
    expect(session.statusCode).toBe(200);
    const { token, markets } = session.json();
    expect(markets.length).toBe(22);
    const localized = await server.app.inject({
      method: "POST",
      url: "/api/v1/localize",
      headers: bearer(token),
      payload: { content: "Tu ordenador", source_locale: "es-ES", target_locales: ["es-CO"] },
    });
    expect(localized.statusCode).toBe(200);
    expect(localized.json().results[0].content).toContain("computador");
  });

  it("gives no session to a remote peer", async () => {
    const session = await server.app.inject({
      method: "POST",
      url: "/playground/session",
      remoteAddress: "203.0.113.7",
    });
    expect(session.statusCode).toBe(403);
  });
});
