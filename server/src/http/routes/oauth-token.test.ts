import { decodeJwt } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../../testing/harness.ts";

describe("POST /oauth/token (client credentials)", () => {
  let server: TestServer;
  let editor: { plaintext: string; id: string; tenantId: string };

  beforeAll(async () => {
    server = await createTestServer({ FRONTIER_ACCESS_TOKEN_TTL_SECONDS: "300" });
    editor = await server.key("default", "editor");
  });
  afterAll(() => server.close());

  const token = (payload: Record<string, string>, headers: Record<string, string> = {}) =>
    server.app.inject({ method: "POST", url: "/oauth/token", payload, headers });

  it("issues a short-lived JWT for client_id + client_secret in a form body", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/oauth/token",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: editor.id,
        client_secret: editor.plaintext,
      }).toString(),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    const body = response.json();
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 300 });
    const claims = decodeJwt(body.access_token);
    expect(claims).toMatchObject({ sub: editor.id, tenant: editor.tenantId, role: "editor", iss: "frontier" });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(300);
    expect(String(claims.scope).split(" ")).toContain("content:write");
    expect(String(claims.scope).split(" ")).not.toContain("keys:write");
  });

  it("accepts Basic auth as id:secret or as the secret key alone, and narrows scopes on request", async () => {
    const basic = (value: string) => ({ authorization: `Basic ${Buffer.from(value).toString("base64")}` });
    expect(
      (await token({ grant_type: "client_credentials" }, basic(`${editor.id}:${editor.plaintext}`))).statusCode,
    ).toBe(200);
    const narrowed = await token(
      { grant_type: "client_credentials", scope: "content:read" },
      basic(`${editor.plaintext}:`),
    );
    expect(narrowed.json().scope).toBe("content:read");
    const use = await server.app.inject({
      method: "GET",
      url: "/trpc/keys.list",
      headers: bearer(narrowed.json().access_token),
    });
    expect(use.statusCode).toBe(403);
  });

  it("answers RFC 6749 errors: invalid_client, invalid_scope, unsupported_grant_type, invalid_request", async () => {
    const wrongId = await token({
      grant_type: "client_credentials",
      client_id: "key_other",
      client_secret: editor.plaintext,
    });
    expect(wrongId.statusCode).toBe(401);
    expect(wrongId.json().error).toBe("invalid_client");
    expect(wrongId.headers["www-authenticate"]).toMatch(/^Basic/);

    const missing = await token({ grant_type: "client_credentials" });
    expect(missing.statusCode).toBe(401);

    const scope = await token({
      grant_type: "client_credentials",
      client_secret: editor.plaintext,
      scope: "keys:write",
    });
    expect(scope.statusCode).toBe(400);
    expect(scope.json().error).toBe("invalid_scope");

    const grant = await token({ grant_type: "password", client_secret: editor.plaintext });
    expect(grant.statusCode).toBe(400);
    expect(grant.json()).toMatchObject({ error: "unsupported_grant_type", issues: [{ path: "grant_type" }] });

    const request = await token({ grant_type: "client_credentials", client_secret: "" });
    expect(request.json()).toMatchObject({ error: "invalid_request", issues: [{ path: "client_secret" }] });
  });

  it("refuses publishable keys as clients", async () => {
    const publishable = await server.key("default", "viewer", {
      kind: "publishable",
      allowedOrigins: ["https://a.example"],
    });
    const response = await token({ grant_type: "client_credentials", client_secret: publishable.plaintext });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toBe("invalid_client");
  });
});
