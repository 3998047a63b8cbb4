import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeFrontier, startFakeFrontier } from "../../testing/fake-frontier.ts";
import { createFrontierClient } from "./client.server.ts";
import { FrontierApiError } from "./errors.ts";

const secretKey = "fk_live_client_test";
let server: FakeFrontier;

beforeAll(async () => {
  server = await startFakeFrontier({ secretKey });
});
afterAll(() => server.close());

const request = {
  content: "A computer",
  format: "text" as const,
  sourceLocale: "en",
  targetLocales: ["es-MX", "es-CO"],
};

describe("Frontier client", () => {
  it("exchanges the secret key for a token once and reuses it until it nears expiry", async () => {
    let now = 0;
    const client = createFrontierClient({ serverUrl: server.url, secretKey, now: () => now });
    const before = server.tokenRequests;
    const results = await client.localize(request);
    expect(results.map((result) => [result.locale, result.content])).toEqual([
      ["es-MX", "A computadora"],
      ["es-CO", "A computador"],
    ]);
    await client.localize(request);
    expect(server.tokenRequests - before).toBe(1);
    now = 900_000 - 29_000; // inside the refresh margin of a 900 s token
    await client.localize(request);
    expect(server.tokenRequests - before).toBe(2);
    expect(server.calls.at(-1)?.authorization).toMatch(/^Bearer jwt_/);
  });

  it("refuses a wrong secret key with a typed, non-retryable error", async () => {
    const client = createFrontierClient({ serverUrl: server.url, secretKey: "fk_live_wrong" });
    const error = await client.localize(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FrontierApiError);
    expect(error).toMatchObject({ code: "invalid_client", status: 401, isRetryable: false });
  });

  it("marks server failures retryable and keeps the server's code", async () => {
    const client = createFrontierClient({ serverUrl: server.url, secretKey });
    server.failWith = 503;
    const error = await client.localize(request).catch((caught: unknown) => caught);
    server.failWith = null;
    expect(error).toMatchObject({ code: "provider_unavailable", status: 503, isRetryable: true });
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
});
