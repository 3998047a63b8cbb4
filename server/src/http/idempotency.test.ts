import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FakeProviderServer, faults, type RecordedRequest, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { prepareServer } from "../server.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";
import { canonicalJson, readIdempotencyKey, requestFingerprint } from "./idempotency.ts";

/** Echoes the segments of a localize request and answers a generation, so every call answers and is counted. */
function echo(request: RecordedRequest) {
  const body = request.body as { messages?: { role: string; content: string }[] };
  const user = body.messages?.findLast((message) => message.role === "user")?.content ?? "{}";
  const sent = JSON.parse(user) as { segments?: { id: string; text: string }[] };
  if (sent.segments) return { object: { segments: sent.segments, changes: [] } };
  return { object: { content: "Zapatillas livianas. Pídelas hoy.", adaptations: [] } };
}

const localizeBody = (content: string) => ({
  content,
  source_locale: "es-ES",
  target_locales: ["es-MX"],
  provider: "openai",
});

const generation = {
  prompt: "zapatillas de running",
  content_type: "product_description",
  target_country: "MX",
  length: 40,
  provider: "openai",
};

describe("Idempotency-Key on REST POST routes", { timeout: 60_000 }, () => {
  let openai: FakeProviderServer;
  let server: TestServer;
  let editor: string;
  let otherTenant: string;

  beforeAll(async () => {
    openai = await startFakeOpenAI({ respond: echo });
    server = await createTestServer({}, { environment: { OPENAI_API_KEY: "test", OPENAI_BASE_URL: openai.url } });
    editor = (await server.key("shop", "editor")).plaintext;
    otherTenant = (await server.key("other-shop", "editor")).plaintext;
  });
  afterAll(async () => {
    await server.close();
    await openai.close();
  });

  const post = (url: string, key: string, payload: object, headers: Record<string, string> = {}) =>
    server.app.inject({ method: "POST", url, headers: { ...bearer(key), ...headers }, payload });
  const localize = (key: string, idempotencyKey: string | undefined, content: string) =>
    post(
      "/api/v1/localize",
      key,
      localizeBody(content),
      idempotencyKey === undefined ? {} : { "idempotency-key": idempotencyKey },
    );

  it("replays a retry's answer without calling the provider again", async () => {
    const generate = (idempotencyKey?: string) =>
      post("/api/v1/generate-content", editor, generation, idempotencyKey ? { "idempotency-key": idempotencyKey } : {});
    const before = openai.requests.length;
    const first = await generate("retry-1");
    expect(first.statusCode).toBe(200);
    expect(first.headers["idempotent-replayed"]).toBeUndefined();
    expect(openai.requests.length).toBe(before + 1);

    const retry = await generate("retry-1");
    expect(retry.statusCode).toBe(200);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.headers["content-type"]).toMatch(/^application\/json/);
    expect(retry.body).toBe(first.body);
    expect(openai.requests.length).toBe(before + 1);

    const scrape = (await server.app.inject({ url: "/metrics" })).body;
    expect(scrape).toMatch(/frontier_cache_lookups_total\{cache="idempotency",result="hit"\} [1-9]/);
    expect(scrape).toMatch(/frontier_cache_lookups_total\{cache="idempotency",result="miss"\} [1-9]/);

    // Without a key every generation runs (and pays) again: what the key saves.
    await generate();
    await generate();
    expect(openai.requests.length).toBe(before + 3);
  });

  it("treats the same body with keys in another order as the same request", async () => {
    const body = localizeBody("Vale, coge el coche");
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const before = openai.requests.length;
    expect((await post("/api/v1/localize", editor, body, { "idempotency-key": "order" })).statusCode).toBe(200);
    const retry = await post("/api/v1/localize", editor, reordered, { "idempotency-key": "order" });
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(openai.requests.length).toBe(before + 1);
  });

  it("refuses the same key with a different body with 422 naming the header", async () => {
    expect((await localize(editor, "reused", "Coge el móvil")).statusCode).toBe(200);
    const before = openai.requests.length;
    const other = await localize(editor, "reused", "Coge el ordenador");
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe("idempotency_key_reused");
    expect(other.json().error.message).toMatch(/Idempotency-Key/);
    expect(openai.requests.length).toBe(before);
    // The key is scoped per route too: the same key on another route is another operation.
    const validate = await post(
      "/api/v1/validate",
      editor,
      { content: "x", locale: "es-MX" },
      { "idempotency-key": "reused" },
    );
    expect(validate.statusCode).toBe(200);
  });

  it("answers 409 with Retry-After while the first request is still running", async () => {
    openai.respond = (request) => ({ ...echo(request), firstByteDelayMs: 400 });
    try {
      const before = openai.requests.length;
      const first = localize(editor, "slow", "Coge el autobús");
      while (openai.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
      const concurrent = await localize(editor, "slow", "Coge el autobús");
      expect(concurrent.statusCode).toBe(409);
      expect(concurrent.json().error.code).toBe("idempotency_key_in_use");
      expect(concurrent.headers["retry-after"]).toBe("1");
      const answered = await first;
      expect(answered.statusCode).toBe(200);
      const retry = await localize(editor, "slow", "Coge el autobús");
      expect(retry.headers["idempotent-replayed"]).toBe("true");
      expect(retry.body).toBe(answered.body);
      expect(openai.requests.length).toBe(before + 1);
    } finally {
      openai.respond = echo;
    }
  });

  it("releases the key when the first attempt fails with a 5xx, so a retry runs and succeeds", async () => {
    openai.respond = () => faults.serverError(500);
    const failed = await localize(editor, "flaky", "Coge el tren");
    openai.respond = echo;
    expect(failed.statusCode).toBeGreaterThanOrEqual(500);
    const before = openai.requests.length;
    const retry = await localize(editor, "flaky", "Coge el tren");
    expect(retry.statusCode).toBe(200);
    expect(retry.headers["idempotent-replayed"]).toBeUndefined();
    expect(openai.requests.length).toBe(before + 1);
    expect((await localize(editor, "flaky", "Coge el tren")).headers["idempotent-replayed"]).toBe("true");
  });

  it("stores and replays a 4xx answer from the handler", async () => {
    const body = { ...localizeBody("Coge el móvil"), provider: "anthropic" };
    const first = await post("/api/v1/localize", editor, body, { "idempotency-key": "not-configured" });
    // Refused by the pipeline (after the claim), not by the schema: the answer is stored like a success.
    expect(first.statusCode).toBe(400);
    expect(first.json().error.issues[0].path).toBe("provider");
    const retry = await post("/api/v1/localize", editor, body, { "idempotency-key": "not-configured" });
    expect(retry.statusCode).toBe(400);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.body).toBe(first.body);
  });

  it("does not claim the key for a request refused as invalid, so a corrected one may use it", async () => {
    const invalid = await post("/api/v1/localize", editor, { content: "x" }, { "idempotency-key": "fix-me" });
    expect(invalid.statusCode).toBe(400);
    const corrected = await localize(editor, "fix-me", "Coge la bici");
    expect(corrected.statusCode).toBe(200);
    expect(corrected.headers["idempotent-replayed"]).toBeUndefined();
  });

  it("keeps another tenant's use of the same key independent", async () => {
    const mine = await localize(editor, "shared-key", "Coge el metro");
    const before = openai.requests.length;
    const theirs = await localize(otherTenant, "shared-key", "Coge el metro");
    expect(theirs.statusCode).toBe(200);
    expect(theirs.headers["idempotent-replayed"]).toBeUndefined();
    expect(openai.requests.length).toBe(before + 1);
    // And a different body there is no reuse either: the other tenant never saw this tenant's key.
    expect((await localize(otherTenant, "retry-1", "Otra cosa")).statusCode).toBe(200);
    expect(mine.statusCode).toBe(200);
  });

  it("creates one job for any number of retries of POST /api/v1/jobs", async () => {
    const tenantId = await server.tenantId("shop");
    const job = {
      items: [{ document: "p1", field: "title", text: "Coge el móvil" }],
      source_locale: "es-ES",
      target_locales: ["es-MX"],
    };
    const jobsBefore = (await server.services.repository.jobs.list(tenantId, 100)).length;
    const first = await post("/api/v1/jobs", editor, job, { "idempotency-key": "job-1" });
    expect(first.statusCode).toBe(202);
    const retries = await Promise.all(
      [1, 2, 3].map(() => post("/api/v1/jobs", editor, job, { "idempotency-key": "job-1" })),
    );
    for (const retry of retries) {
      expect(retry.statusCode).toBe(202);
      expect(retry.json().id).toBe(first.json().id);
      expect(retry.headers["idempotent-replayed"]).toBe("true");
    }
    expect((await server.services.repository.jobs.list(tenantId, 100)).length).toBe(jobsBefore + 1);
  });

  it("finishes a keyed request whose client gave up, so the retry gets its answer without a second call", async () => {
    const url = await server.app.listen({ host: "127.0.0.1", port: 0 });
    openai.respond = (request) => ({ ...echo(request), firstByteDelayMs: 300 });
    try {
      const before = openai.requests.length;
      const payload = JSON.stringify({ ...generation, prompt: "zapatillas para trail" });
      const headers = { ...bearer(editor), "content-type": "application/json", "idempotency-key": "timed-out" };
      // The plugin's timeout: the connection is dropped while the model is still answering.
      const timedOut = await fetch(`${url}/api/v1/generate-content`, {
        method: "POST",
        headers,
        body: payload,
        signal: AbortSignal.timeout(100),
      }).catch((error: unknown) => error);
      expect(timedOut).toBeInstanceOf(Error);
      let retry: Response;
      for (;;) {
        retry = await fetch(`${url}/api/v1/generate-content`, { method: "POST", headers, body: payload });
        if (retry.status !== 409) break;
        expect(retry.headers.get("retry-after")).toBe("1");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(retry.status).toBe(200);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect((await retry.json()).content).toMatch(/livianos/);
      expect(openai.requests.length).toBe(before + 1);
    } finally {
      openai.respond = echo;
    }
  });

  it("refuses a malformed key with 400 naming the header", async () => {
    for (const bad of ["", "x".repeat(256)]) {
      const response = await localize(editor, bad, "Coge el móvil");
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe("headers.idempotency-key");
      expect(response.json().error.message).toMatch(/Idempotency-Key/);
    }
    expect((await localize(editor, "x".repeat(255), "Coge el móvil")).statusCode).toBe(200);
  });

  it("refuses the header on a streamed generation with a clear 400", async () => {
    const response = await post(
      "/api/v1/generate-content",
      editor,
      {
        prompt: "zapatillas",
        content_type: "product_description",
        target_country: "MX",
        length: 30,
        provider: "rules",
      },
      { accept: "text/event-stream", "idempotency-key": "stream" },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe("headers.idempotency-key");
    expect(response.json().error.message).toMatch(/text\/event-stream/);
  });

  it("documents the header on the idempotent routes only", async () => {
    const document = (await server.app.inject({ url: "/api/v1/openapi.json" })).json();
    const names = (operation: { parameters: { name: string }[] }) => operation.parameters.map((item) => item.name);
    for (const path of ["/api/v1/generate-content", "/api/v1/localize", "/api/v1/jobs"]) {
      expect(names(document.paths[path].post)).toContain("Idempotency-Key");
      expect(document.paths[path].post.responses["409"].description).toMatch(/Idempotency-Key/);
    }
    expect(document.paths["/api/v1/generate-content"].post.responses["422"].description).toMatch(
      /provider.*idempotency_key_reused/,
    );
    expect(names(document.paths["/api/v1/validate"].post)).not.toContain("Idempotency-Key");
  });
});

describe("Idempotency-Key across a restart", { timeout: 60_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "frontier-idempotency-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("a new server instance on the same database replays the answer and creates nothing", async () => {
    const env = { DATABASE_URL: join(dir, "frontier.db") };
    const job = {
      items: [{ document: "p1", field: "title", text: "Coge el móvil" }],
      source_locale: "es-ES",
      target_locales: ["es-MX"],
    };
    const first = await createTestServer(env);
    const key = (await first.key("shop", "editor")).plaintext;
    const tenantId = await first.tenantId("shop");
    const send = (app: TestServer["app"]) =>
      app.inject({
        method: "POST",
        url: "/api/v1/jobs",
        headers: { ...bearer(key), "idempotency-key": "restart" },
        payload: job,
      });
    const created = await send(first.app);
    expect(created.statusCode).toBe(202);
    await first.close();

    const config = loadConfig({
      DATABASE_URL: env.DATABASE_URL,
      FRONTIER_SECRET: "test-secret-that-is-long-enough-0123456789",
      LOG_LEVEL: "silent",
    });
    const second = await prepareServer(config, {});
    try {
      const replayed = await send(second.app);
      expect(replayed.statusCode).toBe(202);
      expect(replayed.headers["idempotent-replayed"]).toBe("true");
      expect(replayed.body).toBe(created.body);
      expect(await second.services.repository.jobs.list(tenantId, 100)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});

describe("Idempotency-Key parsing and fingerprints", () => {
  const request = (headers: Record<string, string | string[]>) => ({ headers }) as never;

  it("reads bare and structured-field (quoted) keys", () => {
    expect(readIdempotencyKey(request({}))).toBeUndefined();
    expect(readIdempotencyKey(request({ "idempotency-key": "abc-123" }))).toBe("abc-123");
    expect(readIdempotencyKey(request({ "idempotency-key": '"8e03978e-40d5"' }))).toBe("8e03978e-40d5");
    expect(() => readIdempotencyKey(request({ "idempotency-key": "clé" }))).toThrow(/Idempotency-Key/);
    expect(() => readIdempotencyKey(request({ "idempotency-key": '"abc "' }))).toThrow(/space/);
    expect(readIdempotencyKey(request({ "idempotency-key": "a b" }))).toBe("a b");
  });

  it("fingerprints method, path, query and canonical body", () => {
    const base = { method: "POST", url: "/api/v1/localize", query: {}, body: { a: 1, b: [1, { c: 2, d: 3 }] } };
    expect(canonicalJson(base.body)).toBe('{"a":1,"b":[1,{"c":2,"d":3}]}');
    const same = requestFingerprint({ ...base, body: { b: [1, { d: 3, c: 2 }], a: 1 } });
    expect(same).toBe(requestFingerprint(base));
    expect(requestFingerprint({ ...base, url: "/api/v1/jobs" })).not.toBe(same);
    expect(requestFingerprint({ ...base, method: "PUT" })).not.toBe(same);
    expect(requestFingerprint({ ...base, body: { a: 2, b: [1, { c: 2, d: 3 }] } })).not.toBe(same);
    expect(requestFingerprint({ ...base, body: { a: 1, b: [{ c: 2, d: 3 }, 1] } })).not.toBe(same);
  });
});
