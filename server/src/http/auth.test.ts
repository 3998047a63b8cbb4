import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueAccessToken } from "../auth/access-token.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

const shop = "https://shop.example";

describe("authentication and authorization failures over HTTP", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const listKeys = (headers: Record<string, string> = {}) =>
    server.app.inject({ method: "GET", url: "/trpc/keys.list", headers });

  it("401 without a key, with a malformed one, a look-alike, or an unknown one", async () => {
    expect((await listKeys()).statusCode).toBe(401);
    expect((await listKeys({ authorization: "Token abc" })).statusCode).toBe(401);
    // One character changed (never to itself: the key is random and may end in "x").
    const lookAlike = `${server.ownerKey.slice(0, -1)}${server.ownerKey.endsWith("x") ? "y" : "x"}`;
    expect((await listKeys(bearer(lookAlike))).statusCode).toBe(401);
    const unknown = await server.key("other-server", "owner");
    await server.services.repository.apiKeys.revoke(unknown.tenantId, unknown.id, Date.now());
    const response = await listKeys(bearer(unknown.plaintext));
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("unauthenticated");
  });

  it("keeps tenants apart: another tenant's admin neither sees nor revokes our keys", async () => {
    const ours = await server.key("default", "editor");
    const theirs = await server.key("globex", "admin");
    const listed = await listKeys(bearer(theirs.plaintext));
    expect(listed.statusCode).toBe(200);
    const ids = listed.json().result.data.map((key: { id: string; tenantId: string }) => key.tenantId);
    expect(new Set(ids)).toEqual(new Set([theirs.tenantId]));
    const revoke = await server.app.inject({
      method: "POST",
      url: "/trpc/keys.revoke",
      headers: bearer(theirs.plaintext),
      payload: { id: ours.id },
    });
    expect(revoke.statusCode).toBe(404);
    expect((await listKeys(bearer(ours.plaintext))).statusCode).toBe(403);
    expect(await server.services.repository.apiKeys.get(ours.tenantId, ours.id)).toMatchObject({ revokedAt: null });
  });

  it("403 for a viewer writing", async () => {
    const viewer = await server.key("default", "viewer");
    const response = await server.app.inject({
      method: "POST",
      url: "/trpc/keys.create",
      headers: bearer(viewer.plaintext),
      payload: { name: "x", role: "viewer" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.data.code).toBe("FORBIDDEN");
  });

  it("403 for a publishable key on a secret route, even from its own origin", async () => {
    const publishable = await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    const response = await listKeys({ ...bearer(publishable.plaintext), origin: shop });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/publishable key/);
  });

  it("403 for a publishable key from another origin or with no origin", async () => {
    const publishable = await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    const elsewhere = await server.app.inject({
      method: "GET",
      url: "/api/v1/health",
      headers: { ...bearer(publishable.plaintext), origin: "https://evil.example" },
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().error.message).toMatch(/allowed origins/);
    const noOrigin = await server.app.inject({
      method: "GET",
      url: "/api/v1/health",
      headers: bearer(publishable.plaintext),
    });
    expect(noOrigin.statusCode).toBe(403);
  });

  it("401 for an expired or forged access token; a valid one works within its scopes", async () => {
    const admin = await server.key("default", "admin");
    const principal = {
      tenantId: admin.tenantId,
      keyId: admin.id,
      kind: "secret" as const,
      role: "admin" as const,
      permissions: new Set<never>(),
      via: "key" as const,
      quotaPerMinute: null,
    };
    const expired = await issueAccessToken(
      server.services.keys.tokenKey,
      principal,
      ["keys:read"],
      60,
      Date.now() - 120_000,
    );
    const response = await listKeys(bearer(expired));
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toMatch(/expired/);

    const forged = await issueAccessToken(new Uint8Array(32), principal, ["keys:read"], 60);
    expect((await listKeys(bearer(forged))).statusCode).toBe(401);

    const readOnly = await issueAccessToken(server.services.keys.tokenKey, principal, ["keys:read"], 60);
    expect((await listKeys(bearer(readOnly))).statusCode).toBe(200);
    const write = await server.app.inject({
      method: "POST",
      url: "/trpc/keys.create",
      headers: bearer(readOnly),
      payload: { name: "x", role: "viewer" },
    });
    expect(write.statusCode).toBe(403);
  });
});
