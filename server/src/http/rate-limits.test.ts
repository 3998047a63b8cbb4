import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

describe("rate limits over HTTP (memory store)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer({
      FRONTIER_RATE_LIMIT_KEY_PER_MINUTE: "3",
      FRONTIER_RATE_LIMIT_TENANT_PER_MINUTE: "5",
      FRONTIER_RATE_LIMIT_ADDRESS_PER_MINUTE: "2",
    });
  });
  afterAll(() => server.close());

  it("answers 429 with Retry-After once a key's budget is spent", async () => {
    const { plaintext } = await server.key("per-key", "admin");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await server.app.inject({ method: "GET", url: "/trpc/keys.list", headers: bearer(plaintext) });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(Number(response.headers["retry-after"])).toBeGreaterThanOrEqual(1);
        expect(Number(response.headers["retry-after"])).toBeLessThanOrEqual(60);
        expect(response.json().error).toMatchObject({
          code: "rate_limited",
          message: expect.stringMatching(/per key/),
        });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("honours a key's own quota and the tenant's budget across its keys", async () => {
    const tight = await server.key("quota", "admin", { quotaPerMinute: 1 });
    const first = await server.app.inject({ method: "GET", url: "/trpc/keys.list", headers: bearer(tight.plaintext) });
    const second = await server.app.inject({ method: "GET", url: "/trpc/keys.list", headers: bearer(tight.plaintext) });
    expect([first.statusCode, second.statusCode]).toEqual([200, 429]);

    const keys = [];
    for (let i = 0; i < 3; i++) keys.push(await server.key("per-tenant", "admin"));
    const statuses: number[] = [];
    for (const key of [...keys, ...keys]) {
      const response = await server.app.inject({
        method: "GET",
        url: "/trpc/keys.list",
        headers: bearer(key.plaintext),
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(5);
    expect(statuses.at(-1)).toBe(429);
  });

  it("limits unauthenticated callers by address, but never health checks", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await server.app.inject({
        method: "POST",
        url: "/oauth/token",
        payload: { grant_type: "client_credentials" },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 429]);
    for (let i = 0; i < 5; i++) {
      expect((await server.app.inject({ method: "GET", url: "/api/v1/health" })).statusCode).toBe(200);
    }
  });
});

describe("client addresses behind a proxy", () => {
  it("believes X-Forwarded-For only from the configured number of proxy hops", async () => {
    const statuses = async (env: Record<string, string>) => {
      const server = await createTestServer({ ...env, FRONTIER_RATE_LIMIT_ADDRESS_PER_MINUTE: "1" });
      try {
        const out: number[] = [];
        for (const client of ["203.0.113.1", "203.0.113.2"]) {
          const response = await server.app.inject({
            method: "POST",
            url: "/oauth/token",
            payload: { grant_type: "client_credentials" },
            headers: { "x-forwarded-for": client },
          });
          out.push(response.statusCode);
        }
        return out;
      } finally {
        await server.close();
      }
    };
    expect(await statuses({})).toEqual([401, 429]);
    expect(await statuses({ FRONTIER_TRUST_PROXY_HOPS: "1" })).toEqual([401, 401]);
  });
});
