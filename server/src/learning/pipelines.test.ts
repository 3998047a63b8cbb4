// The learning loop feeding the content pipelines, end to end over HTTP: accepted lexicon overrides reach
// localize, validate and jobs of their tenant only; brand memory reaches the generation prompt of its tenant only.
import { type FakeProviderServer, type RecordedRequest, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobWorker } from "../jobs/worker.ts";
import { createModels } from "../models.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

type Server = TestServer;

/** tRPC over HTTP as a client sends it: a mutation is a POST of the input, a query a GET with `?input=`. */
async function trpc(server: Server, key: string, path: string, input: unknown, kind: "query" | "mutation") {
  const response =
    kind === "mutation"
      ? await server.app.inject({
          method: "POST",
          url: `/trpc/${path}`,
          headers: { ...bearer(key), "content-type": "application/json" },
          payload: JSON.stringify(input),
        })
      : await server.app.inject({
          url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
          headers: bearer(key),
        });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as { result: { data: unknown } }).result.data;
}

async function rest(server: Server, key: string, url: string, payload: Record<string, unknown>) {
  const response = await server.app.inject({ method: "POST", url, headers: bearer(key), payload });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Record<string, unknown>;
}

/** Editors of es-MX keep writing "compu" for "computadora": a suggestion, which the admin accepts. */
async function acceptCompu(server: Server, editor: string, admin: string) {
  const texts = ["Tu computadora nueva", "La computadora ideal", "Una computadora rápida", "Mi computadora"];
  for (const [index, text] of [...texts, "Computadora en cuotas"].entries()) {
    const final = text.replace(/computadora/i, (word) => (word[0] === "C" ? "Compu" : "compu"));
    await trpc(
      server,
      editor,
      "feedback.review",
      {
        contentId: `doc-${index}`,
        locale: "es-MX",
        kind: "localize",
        prompt: text,
        segments: [{ generated: text, final }],
      },
      "mutation",
    );
  }
  const suggestions = (await trpc(server, admin, "feedback.suggestions", { status: "open" }, "query")) as {
    id: string;
    fromTerm: string;
    toTerm: string;
  }[];
  const suggestion = suggestions.find((row) => row.fromTerm === "computadora" && row.toTerm === "compu");
  if (suggestion === undefined) throw new Error(`no suggestion in ${JSON.stringify(suggestions)}`);
  await trpc(server, admin, "feedback.decide", { id: suggestion.id, decision: "accepted" }, "mutation");
}

describe("a tenant's accepted lexicon overrides in its pipelines", () => {
  let server: Server;
  let editor: string;
  let admin: string;
  let otherEditor: string;

  beforeAll(async () => {
    server = await createTestServer();
    editor = (await server.key("acme", "editor")).plaintext;
    admin = (await server.key("acme", "admin")).plaintext;
    otherEditor = (await server.key("other", "editor")).plaintext;
    await acceptCompu(server, editor, admin);
  });
  afterAll(() => server.close());

  const localizeBody = {
    content: "<p>Mi ordenador nuevo</p>",
    source_locale: "es-ES",
    target_locales: ["es-MX"],
    provider: "rules",
  };

  it("REST localize with the rules provider writes the override; another tenant gets the bundled term", async () => {
    const mine = await rest(server, editor, "/api/v1/localize", localizeBody);
    const theirs = await rest(server, otherEditor, "/api/v1/localize", localizeBody);
    expect(mine.results).toEqual([expect.objectContaining({ locale: "es-MX", content: "<p>Mi compu nueva</p>" })]);
    expect(theirs.results).toEqual([
      expect.objectContaining({ locale: "es-MX", content: "<p>Mi computadora nueva</p>" }),
    ]);
  });

  it("tRPC content.localize does the same", async () => {
    const mine = (await trpc(server, editor, "content.localize", localizeBody, "mutation")) as { content: string }[];
    const theirs = (await trpc(server, otherEditor, "content.localize", localizeBody, "mutation")) as {
      content: string;
    }[];
    expect(mine.map((result) => result.content)).toEqual(["<p>Mi compu nueva</p>"]);
    expect(theirs.map((result) => result.content)).toEqual(["<p>Mi computadora nueva</p>"]);
  });

  it("validate (REST and tRPC) suggests the tenant's term", async () => {
    const body = { content: "Mi ordenador nuevo", locale: "es-MX", format: "text" };
    const suggestions = (result: unknown) =>
      (result as { findings: { suggestion?: string }[] }).findings.map((finding) => finding.suggestion);
    expect(suggestions(await rest(server, editor, "/api/v1/validate", body))).toEqual(["Mi compu nueva"]);
    expect(suggestions(await rest(server, otherEditor, "/api/v1/validate", body))).toEqual(["Mi computadora nueva"]);
    expect(suggestions(await trpc(server, editor, "content.validate", body, "query"))).toEqual(["Mi compu nueva"]);
  });

  it("a batch job localizes with its tenant's culture", async () => {
    const jobBody = {
      items: [{ document: "sku-1", field: "title", text: "Mi ordenador nuevo" }],
      source_locale: "es-ES",
      target_locales: ["es-MX"],
      provider: "rules",
    };
    const created = await Promise.all(
      [editor, otherEditor].map(async (key) => {
        const response = await server.app.inject({
          method: "POST",
          url: "/api/v1/jobs",
          headers: bearer(key),
          payload: jobBody,
        });
        expect(response.statusCode).toBe(202);
        return (response.json() as { id: string }).id;
      }),
    );
    const { repository, models, cultures } = server.services;
    await createJobWorker({ repository, models, cultures, pollMs: 5, drainIdleMs: 50 }).drain();
    const contents = await Promise.all(
      created.map(async (id, index) => {
        const response = await server.app.inject({
          url: `/api/v1/jobs/${id}`,
          headers: bearer(index === 0 ? editor : otherEditor),
        });
        return (response.json() as { items: { content: string | null }[] }).items.map((item) => item.content);
      }),
    );
    expect(contents).toEqual([["Mi compu nueva"], ["Mi computadora nueva"]]);
  });

  it("a job after a new override writes the copy again instead of reusing what the old vocabulary wrote", async () => {
    const betaEditor = (await server.key("beta", "editor")).plaintext;
    const betaAdmin = (await server.key("beta", "admin")).plaintext;
    const { repository, models, cultures } = server.services;
    const run = async () => {
      const response = await server.app.inject({
        method: "POST",
        url: "/api/v1/jobs",
        headers: bearer(betaEditor),
        payload: {
          items: [{ document: "sku-9", field: "title", text: "Mi ordenador nuevo" }],
          source_locale: "es-ES",
          target_locales: ["es-MX"],
          provider: "rules",
        },
      });
      const { id } = response.json() as { id: string };
      await createJobWorker({ repository, models, cultures, pollMs: 5, drainIdleMs: 50 }).drain();
      const view = await server.app.inject({ url: `/api/v1/jobs/${id}`, headers: bearer(betaEditor) });
      return (view.json() as { items: { content: string | null; reused: boolean }[] }).items[0];
    };
    expect(await run()).toMatchObject({ content: "Mi computadora nueva", reused: false });
    expect(await run()).toMatchObject({ content: "Mi computadora nueva", reused: true });
    await acceptCompu(server, betaEditor, betaAdmin);
    expect(await run()).toMatchObject({ content: "Mi compu nueva", reused: false });
  });
});

/** The system prompt of a recorded chat-completions request. */
function systemOf(request: RecordedRequest): string {
  const body = request.body as { messages?: { role: string; content: unknown }[] };
  const system = body.messages?.find((message) => message.role === "system" || message.role === "developer");
  return typeof system?.content === "string" ? system.content : JSON.stringify(system?.content ?? "");
}

describe("brand memory as few-shot examples in generation", () => {
  let openai: FakeProviderServer;
  let server: Server;
  let acme: string;
  let other: string;
  const acmeCopy = "Zapatillas de running ACME: livianas, con amortiguación reactiva. Pídelas hoy con envío gratis.";
  const acmeUnrelated = "Seguro de hogar ACME con asistencia las 24 horas.";
  const acmeArgentina = "Zapatillas de running ACME para vos: pedilas hoy.";
  const otherCopy = "Zapatillas de running OTRAMARCA: ligeras y con envío sin costo, cómpralas ya.";

  beforeAll(async () => {
    openai = await startFakeOpenAI({
      respond: (request) =>
        request.stream
          ? { text: "Zapatillas livianas para correr. Pídelas hoy." }
          : { object: { content: "Zapatillas livianas para correr. Pídelas hoy.", adaptations: [] } },
    });
    server = await createTestServer(
      {},
      { models: createModels({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: openai.url }) },
    );
    acme = (await server.key("acme", "editor")).plaintext;
    other = (await server.key("other", "editor")).plaintext;
    const review = (key: string, locale: string, text: string, index: number) =>
      trpc(
        server,
        key,
        "feedback.review",
        {
          contentId: `mem-${index}`,
          locale,
          kind: "generate",
          prompt: "p",
          segments: [{ generated: text, final: text }],
        },
        "mutation",
      );
    await review(acme, "es-MX", acmeCopy, 1);
    await review(acme, "es-MX", acmeUnrelated, 2);
    await review(acme, "es-AR", acmeArgentina, 3);
    await review(other, "es-MX", otherCopy, 4);
  });
  afterAll(async () => {
    await server.close();
    await openai.close();
  });

  const body = {
    prompt: "zapatillas de running ligeras",
    content_type: "product_description",
    target_country: "mexico",
    length: 40,
    provider: "openai",
  };

  it("REST generate-content sends the tenant's nearest approved copy of that market, never another tenant's", async () => {
    const before = openai.requests.length;
    await rest(server, acme, "/api/v1/generate-content", body);
    const system = systemOf(openai.requests[before] as RecordedRequest);
    expect(system).toContain(`Example 1:\n${acmeCopy}`);
    expect(system).not.toContain(acmeArgentina);
    expect(system).not.toContain(otherCopy);

    await rest(server, other, "/api/v1/generate-content", body);
    const theirs = systemOf(openai.requests[before + 1] as RecordedRequest);
    expect(theirs).toContain(`Example 1:\n${otherCopy}`);
    expect(theirs).not.toContain("ACME");
  });

  it("streaming generation and tRPC content.generate send them too", async () => {
    const before = openai.requests.length;
    const streamed = await server.app.inject({
      method: "POST",
      url: "/api/v1/generate-content",
      headers: { ...bearer(acme), accept: "text/event-stream" },
      payload: body,
    });
    expect(streamed.body).toContain("event: result");
    const streamRequest = openai.requests[before] as RecordedRequest;
    expect(streamRequest.stream).toBe(true);
    expect(systemOf(streamRequest)).toContain(acmeCopy);

    await trpc(server, acme, "content.generate", body, "mutation");
    const viaTrpc = systemOf(openai.requests[before + 1] as RecordedRequest);
    expect(viaTrpc).toContain(acmeCopy);
    expect(viaTrpc).not.toContain(otherCopy);
  });

  it("a tenant without memory, or a market without it, sends no examples", async () => {
    const fresh = (await server.key("fresh", "editor")).plaintext;
    const before = openai.requests.length;
    await rest(server, fresh, "/api/v1/generate-content", body);
    await rest(server, acme, "/api/v1/generate-content", { ...body, target_country: "CO" });
    for (const request of openai.requests.slice(before)) {
      expect(systemOf(request)).not.toContain("Example 1:");
    }
  });
});
