import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FrontierServer, startFrontierServer } from "../../testing/frontier-server.ts";
import { createFrontierClient } from "./client.server.ts";
import { FrontierApiError } from "./errors.ts";

let server: FrontierServer;
let secretKey: string;

beforeAll(async () => {
  server = await startFrontierServer();
  secretKey = server.secretKey;
});
afterAll(() => server.close());

const request = {
  content: "Mi ordenador",
  format: "text" as const,
  sourceLocale: "es-ES",
  targetLocales: ["es-MX", "es-CO"],
};

describe("Frontier client", () => {
  it("exchanges the secret key for a token once and reuses it until it nears expiry", async () => {
    let now = 0;
    const client = createFrontierClient({ serverUrl: server.url, secretKey, now: () => now });
    const before = server.tokenRequests;
    const results = await client.localize(request);
    expect(results.map((result) => [result.locale, result.content])).toEqual([
      ["es-MX", "Mi computadora"],
      ["es-CO", "Mi computador"],
    ]);
    await client.localize(request);
    expect(server.tokenRequests - before).toBe(1);
    now = 900_000 - 29_000; // inside the refresh margin of a 900 s token
    await client.localize(request);
    expect(server.tokenRequests - before).toBe(2);
    // The localize call carries the server's short-lived JWT, never the secret key.
    expect(server.calls.at(-1)?.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    expect(server.calls.every((call) => !call.authorization.includes(secretKey))).toBe(true);
  });

  it("refuses a wrong secret key with a typed, non-retryable error", async () => {
    const client = createFrontierClient({ serverUrl: server.url, secretKey: "fk_live_wrong" });
    const error = await client.localize(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FrontierApiError);
    expect(error).toMatchObject({ code: "invalid_client", status: 401, isRetryable: false });
  });

  it("marks a refusal to retry later as retryable and keeps the server's code", async () => {
    const limited = await startFrontierServer({ environment: { FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "2" } });
    try {
      const client = createFrontierClient({ serverUrl: limited.url, secretKey: limited.secretKey });
      const outcomes = await Promise.all(
        [1, 2, 3].map(() => client.localize(request).catch((caught: unknown) => caught)),
      );
      expect(outcomes.find((outcome) => outcome instanceof FrontierApiError)).toMatchObject({
        code: "rate_limited",
        status: 429,
        isRetryable: true,
      });
    } finally {
      await limited.close();
    }
  });

  it("saves a document under the app's id and publishes storefront copy, adding no version for the same text", async () => {
    const client = createFrontierClient({ serverUrl: server.url, secretKey });
    const document = { id: "shopify-product-4242", name: "Laptop", format: "html" as const, sourceLocale: "en" };
    await client.saveDocument(document);
    await client.saveDocument(document);
    const copy = { id: document.id, locale: "es-AR", content: "<p>Una computadora</p>", origin: "localized" as const };
    expect(await client.publish(copy)).toEqual({ version: 1, created: true });
    expect(await client.publish(copy)).toEqual({ version: 1, created: false });
    expect(await server.readStorefront(document.id, "es-AR")).toEqual({
      status: 200,
      content: "<p>Una computadora</p>",
      version: 1,
    });
  });

  it("reports an unreachable server as retryable without contacting anything else", async () => {
    const client = createFrontierClient({
      serverUrl: "http://127.0.0.1:9",
      secretKey,
      fetch: async () => {
        throw new TypeError("connect ECONNREFUSED");
      },
    });
    await expect(client.localize(request)).rejects.toMatchObject({ code: "unreachable", isRetryable: true });
  });

  it("sends one Idempotency-Key per call and the same on a retry, so a lost answer is replayed, not paid twice", async () => {
    let lose = true;
    let providerAfterFirst = 0;
    const client = createFrontierClient({
      serverUrl: server.url,
      secretKey,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).endsWith("/api/v1/localize") || !lose) return response;
        // The server answered, but the answer never reached the app (a timeout, a dropped connection).
        lose = false;
        await response.arrayBuffer();
        providerAfterFirst = server.providerRequests;
        throw new TypeError("socket hang up");
      },
    });
    const before = server.calls.length;
    const results = await client.localize({ ...request, content: "Coged el móvil del cajón" });
    expect(results.map((result) => result.locale)).toEqual(["es-MX", "es-CO"]);
    const [first, retry] = server.calls.slice(before);
    expect(first?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(server.providerRequests).toBe(providerAfterFirst);

    await client.localize(request);
    expect(server.calls.at(-1)?.idempotencyKey).not.toBe(first?.idempotencyKey);
  });

  it("gives up on a server that stays unreachable after two retries, naming a timeout", async () => {
    let attempts = 0;
    const client = createFrontierClient({
      serverUrl: "http://127.0.0.1:9",
      secretKey,
      timeoutMs: 5,
      fetch: async (_input, init) => {
        if (String(_input).endsWith("/oauth/token")) {
          return new Response(JSON.stringify({ access_token: "t", token_type: "Bearer", expires_in: 900 }));
        }
        attempts++;
        // Never answers: only the client's own timeout ends the call.
        return new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)),
        );
      },
    });
    await expect(client.localize(request)).rejects.toMatchObject({
      code: "unreachable",
      isRetryable: true,
      message: expect.stringMatching(/did not answer within 5 ms/),
    });
    expect(attempts).toBe(3);
  });

  it("waits while the server still runs the first call of its key, then takes its answer", async () => {
    const localizeCalls: string[] = [];
    const slept: number[] = [];
    const client = createFrontierClient({
      serverUrl: server.url,
      secretKey,
      sleep: async (milliseconds) => {
        slept.push(milliseconds);
      },
      fetch: async (input, init) => {
        if (!String(input).endsWith("/api/v1/localize")) return fetch(input, init);
        localizeCalls.push(new Headers(init?.headers).get("idempotency-key") ?? "");
        if (localizeCalls.length === 1) throw new TypeError("socket hang up");
        if (localizeCalls.length === 2) {
          const body = { error: { code: "idempotency_key_in_use", message: "still running" } };
          return new Response(JSON.stringify(body), { status: 409, headers: { "retry-after": "1" } });
        }
        return fetch(input, init);
      },
    });
    const results = await client.localize(request);
    expect(results).toHaveLength(2);
    expect(localizeCalls).toHaveLength(3);
    expect(new Set(localizeCalls).size).toBe(1);
    expect(slept).toEqual([1_000]);
  });
});
