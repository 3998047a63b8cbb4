import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../testing/harness.ts";
import { createAuthenticator, keyCacheTtlMs } from "./authenticator.ts";

describe("authenticator caches", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it("serves a publishable key from its cache, then drops it on forget and after the TTL", async () => {
    const shop = "https://tienda.example";
    const key = await server.key("cache", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    let clock = 1_000_000;
    const { repository, keys } = server.services;
    const authenticator = createAuthenticator({ repository, keys, now: () => clock });
    const header = `Bearer ${key.plaintext}`;

    expect((await authenticator.authenticate(header, shop))?.keyId).toBe(key.id);
    await repository.apiKeys.revoke(key.tenantId, key.id, clock);
    // Cached: still accepted within the TTL, and still bound to its origins.
    expect((await authenticator.authenticate(header, shop))?.kind).toBe("publishable");
    await expect(authenticator.authenticate(header, "https://evil.example")).rejects.toThrow(/allowed origins/);
    authenticator.forget(key.id);
    await expect(authenticator.authenticate(header, shop)).rejects.toThrow(/unknown or revoked/);

    const other = await server.key("cache", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    const otherHeader = `Bearer ${other.plaintext}`;
    await authenticator.authenticate(otherHeader, shop);
    await repository.apiKeys.revoke(other.tenantId, other.id, clock);
    clock += keyCacheTtlMs + 1;
    await expect(authenticator.authenticate(otherHeader, shop)).rejects.toThrow(/unknown or revoked/);
  });
});
