import { beforeAll, describe, expect, inject, it } from "vitest";
import { ARTICLE, login, type Session, session } from "./strapi-client.ts";

const blocks = (text: string, bold: string) => [
  { type: "heading", level: 2, children: [{ type: "text", text: "Oferta" }] },
  {
    type: "paragraph",
    children: [
      { type: "text", text },
      { type: "text", text: bold, bold: true },
      { type: "link", url: "https://example.com/tienda", children: [{ type: "text", text: "Ver tienda" }] },
    ],
  },
  {
    type: "list",
    format: "unordered",
    children: [{ type: "list-item", children: [{ type: "text", text: "Coge el móvil" }] }],
  },
];

/** Everything about a blocks tree except its text: types, levels, marks, links, nesting. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === "text" ? typeof v : shape(v)]));
}

function texts(value: unknown): string {
  if (Array.isArray(value)) return value.map(texts).join(" ");
  if (typeof value !== "object" || value === null) return "";
  const node = value as Record<string, unknown>;
  return [typeof node.text === "string" ? node.text : "", texts(node.children)].join(" ");
}

let admin: Session;
let mediaId: number;
let categoryId: string;

const source = () => ({
  title: "Compra el mejor ordenador",
  summary: "Vosotros podéis pagar con el móvil.",
  body: blocks("Con este ordenador ", "vosotros ganáis"),
  slug: "oferta-ordenador",
  price: 999.5,
  stock: 3,
  seo: { metaTitle: "Ordenador barato", metaDescription: "Coge el móvil y compra.", noIndex: true },
  sections: [
    { __component: "shared.quote", text: "Vosotros tenéis el mejor ordenador.", author: "Ana" },
    { __component: "shared.rich", content: blocks("Llama desde el móvil ", "hoy") },
  ],
  cover: mediaId,
  category: { connect: [{ documentId: categoryId }] },
});

beforeAll(async () => {
  admin = await login("admin@frontier.test");
  await admin.configure({ serverUrl: inject("frontierUrl"), secretKey: inject("frontierKey") });
  const category = await admin.call("POST", "/content-manager/collection-types/api::category.category", {
    name: "Tecnología",
  });
  categoryId = category.body.data.documentId;
  const form = new FormData();
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  form.append("files", new Blob([png], { type: "image/png" }), "cover.png");
  const upload = await admin.call("POST", "/upload", form);
  mediaId = upload.body[0].id;
});

describe("settings", () => {
  it("keeps the secret key server-side and reports only that one is set", async () => {
    const settings = await admin.call("GET", "/frontier/settings");
    expect(settings.status).toBe(200);
    expect(settings.body.hasSecretKey).toBe(true);
    expect(JSON.stringify(settings.body)).not.toContain(inject("frontierKey"));
  });

  it("rejects a server URL that is not http(s)", async () => {
    expect((await admin.call("PUT", "/frontier/settings", { serverUrl: "ftp://x" })).status).toBe(400);
  });

  it("lists the localized content types with each field's default mode", async () => {
    const types = await admin.call("GET", "/frontier/content-types");
    const article = types.body.find((t: { uid: string }) => t.uid === ARTICLE);
    const mode = (name: string) => article.fields.find((f: { name: string }) => f.name === name).mode;
    expect([mode("title"), mode("body"), mode("seo"), mode("sections")]).toEqual(Array(4).fill("localize"));
    expect([mode("price"), mode("cover"), mode("category"), mode("stock")]).toEqual(Array(4).fill("ignore"));
  });
});

describe("the localize action", () => {
  let documentId: string;

  beforeAll(async () => {
    documentId = await admin.createArticle(source());
    // es-MX already exists with its own stock, media and relation: the action must leave those alone.
    await admin.saveLocale(documentId, "es-MX", {
      title: "Borrador",
      stock: 7,
      cover: mediaId,
      category: { connect: [{ documentId: categoryId }] },
    });
    const answer = await admin.call("POST", "/frontier/localize", {
      uid: ARTICLE,
      documentId,
      sourceLocale: "es-ES",
      targetLocales: ["es-AR", "es-MX"],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.locales).toEqual(["es-AR", "es-MX"]);
  });

  it("fills es-AR with Argentine Spanish in strings, texts, components and dynamic zones", async () => {
    const ar = await admin.article(documentId, "es-AR");
    expect(ar.title).toMatch(/computadora/);
    expect(ar.title).not.toMatch(/ordenador/);
    expect(ar.summary).toMatch(/[Uu]stedes/);
    expect(ar.summary).toMatch(/celular/);
    const seo = ar.seo as Record<string, unknown>;
    expect(seo.metaTitle).toMatch(/[Cc]omputadora/);
    expect(seo.noIndex).toBe(true);
    const [quote, rich] = ar.sections as Record<string, unknown>[];
    expect(quote?.__component).toBe("shared.quote");
    expect(quote?.text).toMatch(/computadora/);
    expect(quote?.author).toBe("Ana");
    expect(texts(rich?.content)).toMatch(/celular/);
  });

  it("keeps the blocks JSON structure exactly and localizes its text", async () => {
    const ar = await admin.article(documentId, "es-AR");
    expect(shape(ar.body)).toEqual(shape(source().body));
    expect(texts(ar.body)).toMatch(/computadora/);
    expect(texts(ar.body)).not.toMatch(/vosotros/i);
    const [, rich] = ar.sections as Record<string, unknown>[];
    expect(shape(rich?.content)).toEqual(shape(source().sections[1]?.content));
  });

  it("fills es-MX with Mexican Spanish and leaves its media, relation and other fields untouched", async () => {
    const mx = await admin.article(documentId, "es-MX");
    expect(mx.title).toMatch(/computadora/);
    expect(mx.stock).toBe(7);
    expect((mx.cover as { id: number }).id).toBe(mediaId);
    expect(await admin.categoryOf(documentId, "es-MX")).toEqual([categoryId]);
  });

  it("leaves the source locale as it was", async () => {
    const es = await admin.article(documentId, "es-ES");
    expect(es.title).toBe("Compra el mejor ordenador");
    expect(es.body).toEqual(source().body);
    expect(await admin.categoryOf(documentId, "es-ES")).toEqual([categoryId]);
  });

  it("refuses an unauthenticated call and an Author without the plugin's permission", async () => {
    const body = { uid: ARTICLE, documentId, sourceLocale: "es-ES", targetLocales: ["es-AR"] };
    expect((await session(null).call("POST", "/frontier/localize", body)).status).toBe(401);
    const author = await login("author@frontier.test");
    expect((await author.call("POST", "/frontier/localize", body)).status).toBe(403);
    expect((await author.call("GET", "/frontier/settings")).status).toBe(403);
  });

  it("refuses a locale that is not configured in i18n", async () => {
    const answer = await admin.call("POST", "/frontier/localize", {
      uid: ARTICLE,
      documentId,
      sourceLocale: "es-ES",
      targetLocales: ["pt-BR"],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("unknown_locale");
  });
});

describe("bulk localize", () => {
  interface BulkJob {
    id: string;
    status: string;
    total: number;
    done: number;
    errors: { documentId: string; locale?: string; message: string }[];
    job: { id: string; status: string; counts: Record<string, number> } | null;
  }

  const frontier = async (path: string) => {
    const response = await fetch(`${inject("frontierUrl")}${path}`, {
      headers: { authorization: `Bearer ${inject("frontierKey")}` },
    });
    return response.json();
  };
  const serverJobs = async (): Promise<{ id: string; total: number }[]> =>
    (await frontier("/trpc/jobs.list")).result.data;

  async function bulk(
    documentIds: string[],
    targetLocales: string[],
  ): Promise<{ started: BulkJob; finished: BulkJob }> {
    const answer = await admin.call("POST", "/frontier/bulk-localize", {
      uid: ARTICLE,
      documentIds,
      sourceLocale: "es-ES",
      targetLocales,
    });
    expect(answer.status).toBe(202);
    const started = answer.body as BulkJob;
    let job = started;
    for (let tries = 0; job.status === "running" && tries < 240; tries++) {
      await new Promise((r) => setTimeout(r, 250));
      const progress = await admin.call("GET", `/frontier/jobs/${started.id}`);
      expect(progress.status).toBe(200);
      job = progress.body;
    }
    return { started, finished: job };
  }

  it("queues one server job for all the entries and writes each entry's target locales from its results", async () => {
    const ids = [
      await admin.createArticle({ title: "Un ordenador para vosotros", body: blocks("Coge el móvil ", "ya") }),
      await admin.createArticle({ title: "El móvil nuevo", summary: "Vosotros podéis pagar con el móvil." }),
      await admin.createArticle({ title: "Compra el ordenador", slug: "compra-ordenador" }),
    ];
    const before = await serverJobs();
    const { started, finished } = await bulk(ids, ["es-MX", "es-AR"]);

    const created = (await serverJobs()).filter((job) => !before.some((known) => known.id === job.id));
    expect(created).toHaveLength(1);
    expect(started.job?.id).toBe(created[0]?.id);
    const view = await frontier(`/api/v1/jobs/${created[0]?.id}`);
    const items = view.items as { document: string; field: string; locale: string }[];
    // Each distinct text of each entry once per target locale, all in this one job.
    const distinct = new Set(items.map((item) => `${item.document} ${item.field}`));
    expect(items).toHaveLength(view.total);
    expect(view.total).toBe(distinct.size * 2);
    expect(new Set(items.map((item) => item.document))).toEqual(new Set(ids));
    expect(items.filter((item) => item.field.startsWith("rich-text:"))).toHaveLength(2);

    expect(finished).toMatchObject({ status: "done", total: 3, done: 3, errors: [] });
    expect(finished.job?.counts.succeeded).toBe(view.total);
    const [first, second, third] = ids;
    const firstMx = await admin.article(first ?? "", "es-MX");
    expect(firstMx.title).toMatch(/computadora/);
    expect(shape(firstMx.body)).toEqual(shape(blocks("Coge el móvil ", "ya")));
    expect(texts(firstMx.body)).toMatch(/celular/);
    const secondAr = await admin.article(second ?? "", "es-AR");
    expect(secondAr.title).toMatch(/celular/);
    expect(secondAr.summary).toMatch(/[Uu]stedes/);
    const thirdAr = await admin.article(third ?? "", "es-AR");
    expect(thirdAr.title).toMatch(/computadora/);
    expect(thirdAr.slug).toBe("compra-ordenador");
  });

  it("reports an item the server could not localize and still writes the entries' other locales", async () => {
    const ids = [
      await admin.createArticle({ title: "El ordenador de oferta" }),
      await admin.createArticle({ title: "Coge el móvil" }),
    ];
    const { finished } = await bulk(ids, ["es-MX", "en"]);
    expect(finished).toMatchObject({ status: "done", total: 2, done: 2 });
    // Every text into es-MX succeeds; every text into English fails (no model provider on the test server).
    expect(finished.job?.counts.failed).toBeGreaterThan(0);
    expect(finished.job?.counts.failed).toBe(finished.job?.counts.succeeded);
    expect(finished.errors.map(({ documentId, locale }) => ({ documentId, locale }))).toEqual(
      ids.map((documentId) => ({ documentId, locale: "en" })),
    );
    for (const error of finished.errors) expect(error.message.length).toBeGreaterThan(0);
    expect((await admin.article(ids[0] ?? "", "es-MX")).title).toMatch(/computadora/);
    expect((await admin.article(ids[1] ?? "", "es-MX")).title).toMatch(/celular/);
    expect((await admin.article(ids[0] ?? "", "en")).title).toBeUndefined();
  });

  it("reports an entry that does not exist and answers progress only to editors with the permission", async () => {
    const id = await admin.createArticle({ title: "El ordenador" });
    const { started, finished } = await bulk([id, "no-such-document"], ["es-MX"]);
    expect(finished).toMatchObject({ status: "done", total: 2, done: 2 });
    expect(finished.errors).toEqual([{ documentId: "no-such-document", message: expect.stringMatching(/es-ES/) }]);
    expect((await admin.call("GET", "/frontier/jobs/unknown")).status).toBe(404);
    const author = await login("author@frontier.test");
    expect((await author.call("GET", `/frontier/jobs/${started.id}`)).status).toBe(403);
  });
});

describe("auto-localize on publish", () => {
  it("is off by default, then re-localizes only the fields whose source changed", async () => {
    const documentId = await admin.createArticle({ title: "El ordenador", summary: "Coge el móvil." });
    await admin.publish(documentId, "es-ES");
    expect((await admin.article(documentId, "es-AR")).title).toBeUndefined();

    await admin.configure({ autoLocalize: { enabled: true, targetLocales: ["es-AR"] } });
    try {
      await admin.publish(documentId, "es-ES");
      const first = await admin.article(documentId, "es-AR");
      expect(first.title).toMatch(/computadora/);
      expect(first.summary).toMatch(/celular/);

      await admin.saveLocale(documentId, "es-AR", { title: "Título editado a mano" });
      await admin.saveLocale(documentId, "es-ES", { summary: "Vosotros coged el móvil." });
      await admin.publish(documentId, "es-ES");
      const second = await admin.article(documentId, "es-AR");
      expect(second.title).toBe("Título editado a mano");
      expect(second.summary).toMatch(/[Uu]stedes/);
    } finally {
      await admin.configure({ autoLocalize: { enabled: false, targetLocales: [] } });
    }
  });
});

describe("generate", () => {
  it("returns copy for the entry's market through the Frontier server", async () => {
    const answer = await admin.call("POST", "/frontier/generate", {
      prompt: "Zapatillas para correr",
      content_type: "product_description",
      target_country: "es-MX",
    });
    expect(answer.status).toBe(200);
    expect(typeof answer.body.content).toBe("string");
    expect(answer.body.content.length).toBeGreaterThan(0);
  });
});
