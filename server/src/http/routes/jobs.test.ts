import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobWorker } from "../../jobs/worker.ts";
import { createTestServer, type TestServer } from "../../testing/harness.ts";

describe("REST /api/v1/jobs and tRPC webhooks", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it("queues a job, a worker runs it, and GET pages its per-item results", async () => {
    const editor = await server.key("default", "editor");
    const viewer = await server.key("default", "viewer");
    const auth = (key: string) => ({ authorization: `Bearer ${key}` });
    const body = {
      items: [
        { document: "sku-1", field: "title", text: "Ofertas de verano" },
        { document: "sku-2", field: "title", text: "Envío gratis" },
      ],
      source_locale: "es-ES",
      target_locales: ["es-MX", "es-AR"],
      provider: "rules",
    };
    const refused = await server.app.inject({
      method: "POST",
      url: "/api/v1/jobs",
      headers: auth(viewer.plaintext),
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    const created = await server.app.inject({
      method: "POST",
      url: "/api/v1/jobs",
      headers: auth(editor.plaintext),
      payload: body,
    });
    expect(created.statusCode).toBe(202);
    const job = created.json() as { id: string; status: string; total: number };
    expect(job).toMatchObject({ status: "queued", total: 4 });

    const { repository, models } = server.services;
    await createJobWorker({ repository, models, pollMs: 5, drainIdleMs: 50 }).drain();
    const page = await server.app.inject({
      url: `/api/v1/jobs/${job.id}?offset=1&limit=2`,
      headers: auth(viewer.plaintext),
    });
    expect(page.statusCode).toBe(200);
    const view = page.json() as {
      status: string;
      counts: { succeeded: number };
      items: { position: number }[];
      next_offset: number;
    };
    expect(view.status).toBe("succeeded");
    expect(view.counts.succeeded).toBe(4);
    expect(view.items.map((item) => item.position)).toEqual([1, 2]);
    expect(view.next_offset).toBe(3);

    const other = await server.key("other-shop", "owner");
    const hidden = await server.app.inject({ url: `/api/v1/jobs/${job.id}`, headers: auth(other.plaintext) });
    expect(hidden.statusCode).toBe(404);
  });

  it("localizes each item in its own format: Strapi blocks as rich text beside plain text", async () => {
    const editor = await server.key("default", "editor");
    const headers = { authorization: `Bearer ${editor.plaintext}` };
    const blocks = JSON.stringify([{ type: "paragraph", children: [{ type: "text", text: "Coge el móvil" }] }]);
    const created = await server.app.inject({
      method: "POST",
      url: "/api/v1/jobs",
      headers,
      payload: {
        items: [
          { document: "doc-1", field: "body", text: blocks, format: "rich-text" },
          { document: "doc-1", field: "title", text: "El ordenador" },
        ],
        source_locale: "es-ES",
        target_locales: ["es-AR"],
        format: "text",
      },
    });
    expect(created.statusCode).toBe(202);
    const { repository, models } = server.services;
    await createJobWorker({ repository, models, pollMs: 5, drainIdleMs: 50 }).drain();
    const view = (await server.app.inject({ url: `/api/v1/jobs/${created.json().id}`, headers })).json() as {
      status: string;
      items: { field: string; content: string }[];
    };
    expect(view.status).toBe("succeeded");
    const [body, title] = view.items;
    expect(JSON.parse(body?.content ?? "null")[0].children[0].text).toMatch(/celular/);
    expect(title?.content).toMatch(/computadora/);
  });

  it("refuses an item format the jobs do not know", async () => {
    const editor = await server.key("default", "editor");
    const refused = await server.app.inject({
      method: "POST",
      url: "/api/v1/jobs",
      headers: { authorization: `Bearer ${editor.plaintext}` },
      payload: {
        items: [{ document: "doc-1", field: "body", text: "Hola", format: "docx" }],
        source_locale: "es-ES",
        target_locales: ["es-AR"],
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("items.0.format");
  });

  it("creates a webhook endpoint over tRPC, showing the secret once", async () => {
    const admin = await server.key("default", "admin");
    const headers = { authorization: `Bearer ${admin.plaintext}`, "content-type": "application/json" };
    const created = await server.app.inject({
      method: "POST",
      url: "/trpc/webhooks.create",
      headers,
      payload: { url: "https://hooks.shop.example/frontier", events: ["job.completed"] },
    });
    expect(created.statusCode).toBe(200);
    const secret = (created.json() as { result: { data: { secret: string } } }).result.data.secret;
    expect(secret).toMatch(/^whsec_/);
    const listed = await server.app.inject({ url: "/trpc/webhooks.list", headers });
    expect(listed.body).toContain("hooks.shop.example");
    expect(listed.body).not.toContain(secret);
  });
});
