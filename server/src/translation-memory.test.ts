import { translationMemoryDigest } from "@frontier-ai/core";
import { type FakeProviderServer, type RecordedRequest, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "./testing/harness.ts";
import { tenantTranslationMemory } from "./translation-memory.ts";

const words: [string, string][] = [
  ["ordenador", "computadora"],
  ["móvil", "celular"],
];

/** Replaces Spain's words with Mexico's in every segment and lists each change once per request, as a model does. */
function adapt(request: RecordedRequest) {
  const body = request.body as { messages?: { role: string; content: string }[] };
  const user = body.messages?.findLast((message) => message.role === "user")?.content ?? "{}";
  const sent = JSON.parse(user) as { segments: { id: string; text: string }[] };
  const changes = new Map<string, { from: string; to: string; reason: string }>();
  const segments = sent.segments.map(({ id, text }) => {
    let translated = text;
    for (const [from, to] of words) {
      if (!translated.includes(from)) continue;
      translated = translated.replaceAll(from, to);
      changes.set(from, { from, to, reason: `En México se dice «${to}»` });
    }
    return { id, text: translated };
  });
  return { object: { segments, changes: [...changes.values()] } };
}

interface Adaptation {
  from: string;
  to: string;
  reason: string;
  source?: string;
}

describe("the tenant's translation memory through POST /api/v1/localize", { timeout: 60_000 }, () => {
  let openai: FakeProviderServer;
  let server: TestServer;
  let editor: string;

  beforeAll(async () => {
    openai = await startFakeOpenAI({ respond: adapt });
    server = await createTestServer({}, { environment: { OPENAI_API_KEY: "test", OPENAI_BASE_URL: openai.url } });
    editor = (await server.key("shop", "editor")).plaintext;
  });
  afterAll(async () => {
    await server.close();
    await openai.close();
  });

  const localize = (content: string) =>
    server.app.inject({
      method: "POST",
      url: "/api/v1/localize",
      headers: bearer(editor),
      payload: { content, format: "html", source_locale: "es-ES", target_locales: ["es-MX"], provider: "openai" },
    });

  it("answers a repeat from memory with the same adaptations, marked, without calling the provider", async () => {
    const content = "<h2>Tu ordenador nuevo</h2><p>Paga desde el móvil.</p><p>Envío gratis.</p>";
    const before = openai.requests.length;
    const first = await localize(content);
    expect(first.statusCode).toBe(200);
    expect(openai.requests.length - before).toBe(1);
    const second = await localize(content);
    expect(second.statusCode).toBe(200);
    expect(openai.requests.length - before).toBe(1);

    const [firstResult] = first.json().results as { content: string; adaptations: Adaptation[] }[];
    const [secondResult] = second.json().results as { content: string; adaptations: Adaptation[] }[];
    expect(secondResult?.content).toBe(firstResult?.content);
    const expected = [
      { from: "ordenador", to: "computadora", reason: "En México se dice «computadora»" },
      { from: "móvil", to: "celular", reason: "En México se dice «celular»" },
    ];
    expect(firstResult?.adaptations).toEqual(expected);
    expect(secondResult?.adaptations).toEqual(
      expected.map((adaptation) => ({ ...adaptation, source: "translation-memory" })),
    );
  });

  it("reads a row without changes, or with a malformed one, as a translation with no adaptations", async () => {
    const tenantId = await server.tenantId("shop");
    const memory = tenantTranslationMemory(server.services.repository, tenantId);
    const key = { source: "Hola", from: "es-ES", to: "es-MX", profileVersion: "1", provider: "openai" };
    await memory.set(key, { translation: "Hola", changes: [] });
    expect(await memory.get(key)).toEqual({ translation: "Hola", changes: [] });
    const malformed = [{ from: "a", to: 1, reason: "x" }, null, { from: "b", to: "c", reason: "d", extra: true }];
    await server.services.repository.translationMemory.put(tenantId, {
      segmentDigest: translationMemoryDigest(key),
      sourceLocale: key.from,
      targetLocale: key.to,
      profileVersion: key.profileVersion,
      text: "Hola",
      changes: malformed as never,
    });
    expect(await memory.get(key)).toEqual({ translation: "Hola", changes: [{ from: "b", to: "c", reason: "d" }] });
  });
});
