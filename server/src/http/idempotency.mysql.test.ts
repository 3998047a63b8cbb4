import { type FakeProviderServer, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { type PreparedServer, prepareServer } from "../server.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";
import { createScratchDatabase, mysqlUrl } from "../testing/mysql.ts";

// Runs when MYSQL_URL names a MySQL-compatible server: two server instances (two pools, as two processes would
// have) share one database and race for one Idempotency-Key.
describe("Idempotency-Key across two servers on MySQL", { timeout: 60_000 }, () => {
  let openai: FakeProviderServer;
  let scratch: { url: string; drop: () => Promise<void> };
  let one: TestServer;
  let two: PreparedServer;
  let key: string;
  const environment = (url: string) => ({ OPENAI_API_KEY: "test", OPENAI_BASE_URL: url });

  beforeAll(async () => {
    openai = await startFakeOpenAI({
      respond: () => ({
        object: { content: "Zapatillas livianas. Pídelas hoy.", adaptations: [] },
        firstByteDelayMs: 300,
      }),
    });
    scratch = await createScratchDatabase(mysqlUrl ?? "");
    one = await createTestServer({ DATABASE_URL: scratch.url }, { environment: environment(openai.url) });
    key = (await one.key("shop", "editor")).plaintext;
    const config = loadConfig({
      DATABASE_URL: scratch.url,
      FRONTIER_SECRET: "test-secret-that-is-long-enough-0123456789",
      LOG_LEVEL: "silent",
      FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "100000",
      FRONTIER_RATE_LIMIT_TENANT_PER_MINUTE: "100000",
    });
    two = await prepareServer(config, { environment: environment(openai.url) });
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
    await scratch?.drop();
    await openai?.close();
  });

  it("runs the generation once however the retries are spread over the two servers", async () => {
    const send = (server: PreparedServer) =>
      server.app.inject({
        method: "POST",
        url: "/api/v1/generate-content",
        headers: { ...bearer(key), "idempotency-key": "both-servers" },
        payload: {
          prompt: "zapatillas",
          content_type: "product_description",
          target_country: "MX",
          length: 30,
          provider: "openai",
        },
      });
    const racers = await Promise.all([one, two, one, two, one, two].map(send));
    const statuses = racers.map((response) => response.statusCode).sort();
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    expect(openai.requests).toHaveLength(1);
    const answer = racers.find((response) => response.statusCode === 200)?.body;
    for (const server of [one, two]) {
      const replay = await send(server);
      expect(replay.statusCode).toBe(200);
      expect(replay.headers["idempotent-replayed"]).toBe("true");
      expect(replay.body).toBe(answer);
    }
    expect(openai.requests).toHaveLength(1);
  });
});
