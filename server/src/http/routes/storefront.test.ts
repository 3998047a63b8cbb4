// A/B experiments on the storefront read path: the shared answer says an experiment runs, the visitor's own request
// gets its variant (the same every time, private to its browser), events attribute to it, and ending it restores the
// published copy.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../../testing/harness.ts";

describe("A/B variants on GET /api/v1/content/:id", () => {
  const shop = "https://shop.example";
  let server: TestServer;
  let owner: string;
  let publishable: string;
  let tenantId: string;
  let documentId: string;

  async function trpc(path: string, input: unknown, key = owner) {
    const response = await server.app.inject({
      method: "POST",
      url: `/trpc/${path}`,
      headers: { ...bearer(key), "content-type": "application/json" },
      payload: JSON.stringify(input),
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { result: { data: unknown } }).result.data;
  }

  async function query(path: string, input: unknown) {
    const response = await server.app.inject({
      url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
      headers: bearer(owner),
    });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as { result: { data: unknown } }).result.data;
  }

  const read = (id: string, visitor?: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      url: `/api/v1/content/${id}?locale=es-MX&key=${publishable}${visitor === undefined ? "" : `&visitor=${visitor}`}`,
      headers: { origin: shop, ...headers },
    });

  async function sendEvents(events: { type: string; variant_id: string }[]) {
    for (let start = 0; start < events.length; start += 50) {
      const response = await server.app.inject({
        method: "POST",
        url: `/api/v1/events?key=${publishable}`,
        headers: { origin: shop },
        payload: {
          consent: { analytics: true },
          events: events
            .slice(start, start + 50)
            .map((event) => ({ ...event, content_id: documentId, locale: "es-MX" })),
        },
      });
      expect(response.statusCode).toBe(202);
    }
  }

  beforeAll(async () => {
    server = await createTestServer();
    owner = server.ownerKey;
    const key = await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    publishable = key.plaintext;
    tenantId = key.tenantId;
    const saved = (await trpc("content.saveDocument", {
      name: "banner",
      format: "html",
      source_locale: "es-ES",
      content: "<p>Envío gratis</p>",
    })) as { document: { id: string } };
    documentId = saved.document.id;
    await trpc("content.addVersion", {
      id: documentId,
      locale: "es-MX",
      content: "<p>Envío gratis</p>",
      origin: "localized",
    });
    await trpc("content.publish", { id: documentId, locale: "es-MX", version: 1 });
  });
  afterAll(() => server.close());

  it("without an experiment answers as published copy, with or without a visitor id", async () => {
    const shared = await read(documentId);
    const visitor = await read(documentId, "visitor-00000001");
    for (const response of [shared, visitor]) {
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        id: documentId,
        locale: "es-MX",
        format: "html",
        content: "<p>Envío gratis</p>",
        version: 1,
        updated_at: expect.any(String),
      });
      expect(response.headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
    }
    expect(visitor.headers.etag).toBe(shared.headers.etag);
    expect((await read(documentId, "short")).statusCode).toBe(400);
  });

  let control: string;
  let challenger: string;

  it("serves each visitor one variant, the same every time, cacheable only by the visitor's browser", async () => {
    control = (
      (await trpc("feedback.addVariant", {
        contentId: documentId,
        locale: "es-MX",
        name: "a",
        content: "<p>Envío gratis hoy</p>",
        control: true,
      })) as { id: string }
    ).id;
    challenger = (
      (await trpc("feedback.addVariant", {
        contentId: documentId,
        locale: "es-MX",
        name: "b",
        content: "<p>Envío gratis a todo México</p>",
      })) as { id: string }
    ).id;

    const shared = await read(documentId);
    expect(shared.json()).toMatchObject({ content: "<p>Envío gratis</p>", experiment: true });
    expect(shared.json().variant_id).toBeUndefined();
    expect(shared.headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");

    const seen = new Map<string, string>();
    for (let index = 0; index < 24; index += 1) {
      const visitor = `visitor-${String(index).padStart(8, "0")}`;
      const first = await read(documentId, visitor);
      expect(first.statusCode).toBe(200);
      expect(first.headers["cache-control"]).toBe("private, max-age=60");
      const body = first.json() as { variant_id: string; content: string; format: string };
      expect(body.format).toBe("html");
      expect(body.content).toBe(
        body.variant_id === control ? "<p>Envío gratis hoy</p>" : "<p>Envío gratis a todo México</p>",
      );
      expect((await read(documentId, visitor)).json()).toEqual(body);
      const revalidated = await read(documentId, visitor, { "if-none-match": String(first.headers.etag) });
      expect(revalidated.statusCode).toBe(304);
      seen.set(visitor, body.variant_id);
    }
    expect(new Set(seen.values())).toEqual(new Set([control, challenger]));

    const stranger = await server.key("other-shop", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    const theirs = await server.app.inject({
      url: `/api/v1/content/${documentId}?locale=es-MX&key=${stranger.plaintext}&visitor=visitor-00000001`,
      headers: { origin: shop },
    });
    expect(theirs.statusCode).toBe(404);
  });

  it("moves traffic to the variant that converts, from the events it attributed", async () => {
    const repeat = (type: string, variant: string, times: number) =>
      Array.from({ length: times }, () => ({ type, variant_id: variant }));
    await sendEvents([
      ...repeat("impression", control, 400),
      ...repeat("conversion", control, 4),
      ...repeat("impression", challenger, 400),
      ...repeat("conversion", challenger, 40),
    ]);
    // Counts are read once per cache period; drop the entry instead of waiting for it.
    server.services.experiments.invalidate(tenantId, documentId, "es-MX");
    let toChallenger = 0;
    for (let index = 0; index < 200; index += 1) {
      const body = (await read(documentId, `later-${String(index).padStart(8, "0")}`)).json() as { variant_id: string };
      if (body.variant_id === challenger) toChallenger += 1;
    }
    expect(toChallenger).toBeGreaterThan(190);

    const report = (await query("feedback.variantReport", {
      contentId: documentId,
      locale: "es-MX",
      horizon: 400,
    })) as {
      variants: { id: string; impressions: number; conversions: number }[];
      decision: { status: string; winner?: string };
    };
    expect(report.variants.map(({ id, impressions, conversions }) => ({ id, impressions, conversions }))).toEqual([
      { id: control, impressions: 400, conversions: 4 },
      { id: challenger, impressions: 400, conversions: 40 },
    ]);
    expect(report.decision).toMatchObject({ status: "stop", winner: challenger });
  });

  it("ending the experiment restores published copy and keeps the winner in brand memory", async () => {
    await expect(
      server.app.inject({
        method: "POST",
        url: "/trpc/feedback.endExperiment",
        headers: { ...bearer((await server.key("default", "editor")).plaintext), "content-type": "application/json" },
        payload: JSON.stringify({ contentId: documentId, locale: "es-MX" }),
      }),
    ).resolves.toMatchObject({ statusCode: 403 });
    expect(
      await trpc("feedback.endExperiment", { contentId: documentId, locale: "es-MX", winner: challenger }),
    ).toEqual({
      ended: 2,
      winner: challenger,
    });
    const visitor = await read(documentId, "visitor-00000001");
    expect(visitor.json()).toMatchObject({ content: "<p>Envío gratis</p>", version: 1 });
    expect(visitor.json().variant_id).toBeUndefined();
    expect(visitor.json().experiment).toBeUndefined();
    expect(visitor.headers["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
    const examples = (await query("feedback.examples", { locale: "es-MX", text: "envío gratis a todo México" })) as {
      examples: { text: string }[];
    };
    expect(examples.examples[0]?.text).toBe("<p>Envío gratis a todo México</p>");
    // The report of an ended experiment stays; ending it twice finds nothing running.
    const report = (await query("feedback.variantReport", {
      contentId: documentId,
      locale: "es-MX",
      horizon: 400,
    })) as {
      variants: unknown[];
    };
    expect(report.variants).toHaveLength(2);
    const again = await server.app.inject({
      method: "POST",
      url: "/trpc/feedback.endExperiment",
      headers: { ...bearer(owner), "content-type": "application/json" },
      payload: JSON.stringify({ contentId: documentId, locale: "es-MX" }),
    });
    expect(again.statusCode).toBe(404);
  });

  it("an experiment on copy not yet published serves the control to the shared URL and variants to visitors", async () => {
    const draft = "draft-banner";
    const added = (await trpc("feedback.addVariant", {
      contentId: draft,
      locale: "es-MX",
      name: "a",
      content: "Uno",
      control: true,
    })) as { id: string };
    await trpc("feedback.addVariant", { contentId: draft, locale: "es-MX", name: "b", content: "Dos" });
    const shared = await read(draft);
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toMatchObject({ content: "Uno", format: "text", version: 0, experiment: true });
    expect(shared.json().variant_id).toBeUndefined();
    const visitor = (await read(draft, "visitor-00000042")).json() as { variant_id: string; content: string };
    expect(["Uno", "Dos"]).toContain(visitor.content);
    expect(visitor.variant_id === added.id).toBe(visitor.content === "Uno");
  });
});
