import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";
import { defineRestRoute } from "./rest-route.ts";

const shop = "https://shop.example";

// A storefront-style route, registered the way later REST routes are, to exercise publishable keys and CORS.
const echoRoute = defineRestRoute({
  method: "GET",
  path: "/api/v1/echo/:id",
  summary: "Echo for tests",
  tags: ["test"],
  auth: { kind: "key", permission: "storefront:read", publishable: true },
  params: z.object({ id: z.string().min(3) }),
  query: z.object({
    locale: z
      .string()
      .regex(/^[a-z]{2}-[A-Z]{2}$/)
      .optional(),
  }),
  responses: { 200: { description: "echo", schema: z.object({ id: z.string(), tenantId: z.string() }) } },
  handler: async ({ params, principal }) => ({ id: params.id, tenantId: principal?.tenantId ?? "" }),
});

describe("the HTTP app", () => {
  let server: TestServer;
  const logLines: string[] = [];

  beforeAll(async () => {
    server = await createTestServer(
      { LOG_LEVEL: "info", FRONTIER_BODY_LIMIT_BYTES: "2048" },
      { routes: () => [echoRoute], logStream: { write: (line) => logLines.push(line) } },
    );
  });
  afterAll(() => server.close());

  it("GET /api/v1/health reports healthy with the database and version", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/v1/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: "healthy",
      version: "0.1.0",
      database: { dialect: "sqlite", status: "ok" },
      providers: [{ name: "rules", status: "available" }],
    });
    expect(Date.parse(response.json().timestamp)).not.toBeNaN();
  });

  it("reports degraded when the listed providers are all unavailable", async () => {
    const degraded = await createTestServer({}, { providers: async () => [{ name: "openai", status: "unavailable" }] });
    try {
      const response = await degraded.app.inject({ method: "GET", url: "/api/v1/health" });
      expect(response.json()).toMatchObject({ status: "degraded", providers: [{ name: "openai" }] });
    } finally {
      await degraded.close();
    }
  });

  it("GET /api/v1/openapi.json describes every REST route from its zod schemas", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/v1/openapi.json" });
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/v1/health", "/oauth/token", "/api/v1/openapi.json", "/api/v1/echo/{id}"]),
    );
    const token = document.paths["/oauth/token"].post;
    expect(token.requestBody.content["application/json"].schema.properties.grant_type).toEqual({
      type: "string",
      const: "client_credentials",
    });
    const echo = document.paths["/api/v1/echo/{id}"].get;
    expect(echo.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "id", in: "path", required: true }),
        expect.objectContaining({ name: "locale", in: "query", required: false }),
      ]),
    );
    expect(echo.security).toEqual([{ bearer: [] }]);
    expect(
      document.paths["/api/v1/health"].get.responses["200"].content["application/json"].schema.properties.status,
    ).toMatchObject({ enum: ["healthy", "degraded"] });
  });

  it("sets security headers and a request id, and keeps a well-formed incoming one", async () => {
    const response = await server.app.inject({
      method: "GET",
      url: "/api/v1/health",
      headers: { "x-request-id": "abc-123" },
    });
    expect(response.headers["x-request-id"]).toBe("abc-123");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["strict-transport-security"]).toMatch(/max-age=/);
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    const generated = await server.app.inject({
      method: "GET",
      url: "/api/v1/health",
      headers: { "x-request-id": "bad id!" },
    });
    expect(generated.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers unknown routes with a 404 in the error shape", async () => {
    const response = await server.app.inject({ method: "GET", url: "/nope?x=1" });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: "not_found", message: "no route for GET /nope" } });
  });

  it("refuses bodies over the limit with 413 and unparseable JSON with 400", async () => {
    const big = await server.app.inject({
      method: "POST",
      url: "/oauth/token",
      headers: { "content-type": "application/json" },
      payload: JSON.stringify({ grant_type: "client_credentials", pad: "x".repeat(4096) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toBe("payload_too_large");
    const broken = await server.app.inject({
      method: "POST",
      url: "/oauth/token",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toBe("invalid_request");
    // tRPC parses its own bodies and answers in its own shape, still a 400.
    const brokenTrpc = await server.app.inject({
      method: "POST",
      url: "/trpc/keys.create",
      headers: { ...bearer(server.ownerKey), "content-type": "application/json" },
      payload: "{not json",
    });
    expect(brokenTrpc.statusCode).toBe(400);
    expect(brokenTrpc.json().error.data.httpStatus).toBe(400);
  });

  it("validates REST params and query with 400s naming the field", async () => {
    const { plaintext } = await server.key("default", "viewer");
    const response = await server.app.inject({
      method: "GET",
      url: "/api/v1/echo/ab?locale=spanish",
      headers: bearer(plaintext),
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.issues.map((issue: { path: string }) => issue.path)
        .sort(),
    ).toEqual(["params.id", "query.locale"]);
  });

  it("serves a publishable key from its origin with CORS headers, and answers preflights only for known origins", async () => {
    const publishable = await server.key("default", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    const ok = await server.app.inject({
      method: "GET",
      url: "/api/v1/echo/abc",
      headers: { ...bearer(publishable.plaintext), origin: shop },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers["access-control-allow-origin"]).toBe(shop);
    expect(ok.json()).toEqual({ id: "abc", tenantId: publishable.tenantId });

    const preflight = await server.app.inject({
      method: "OPTIONS",
      url: "/api/v1/echo/abc",
      headers: { origin: shop, "access-control-request-method": "GET" },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe(shop);
    expect(preflight.headers["access-control-allow-headers"]).toContain("authorization");
    const stranger = await server.app.inject({
      method: "OPTIONS",
      url: "/api/v1/echo/abc",
      headers: { origin: "https://evil.example", "access-control-request-method": "GET" },
    });
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();

    const secret = await server.app.inject({
      method: "GET",
      url: "/api/v1/echo/abc",
      headers: { ...bearer(server.ownerKey), origin: shop },
    });
    expect(secret.statusCode).toBe(200);
    expect(secret.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("records usage for secret keys and none for publishable storefront reads", async () => {
    const secret = await server.key("usage", "admin");
    const publishable = await server.key("usage", "viewer", { kind: "publishable", allowedOrigins: [shop] });
    await server.app.inject({ method: "GET", url: "/trpc/keys.list", headers: bearer(secret.plaintext) });
    await server.app.inject({ method: "GET", url: "/trpc/keys.create", headers: bearer(secret.plaintext) });
    await server.app.inject({
      method: "GET",
      url: "/api/v1/echo/abc",
      headers: { ...bearer(publishable.plaintext), origin: shop },
    });
    await server.services.usage.flush();
    expect(await server.services.repository.requests.summarize(secret.tenantId, 0)).toEqual({
      requests: 2,
      errors: 1,
      units: 0,
    });
  });

  it("exposes Prometheus metrics with latency by route pattern and status", async () => {
    await server.app.inject({ method: "GET", url: "/trpc/keys.list", headers: bearer(server.ownerKey) });
    const response = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/plain");
    expect(response.body).toMatch(
      /frontier_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/health",status="200"\} \d+/,
    );
    expect(response.body).toMatch(/route="\/trpc\/keys.list",status="200"/);
    expect(response.body).toMatch(/route="\/api\/v1\/echo\/:id"/);
    expect(response.body).toContain("frontier_process_cpu_seconds_total");
  });

  it("writes JSON logs with request ids and without credentials or query strings", async () => {
    const { plaintext } = await server.key("default", "admin");
    await server.app.inject({ method: "GET", url: "/trpc/keys.list?input=%7B%7D", headers: bearer(plaintext) });
    await server.app.inject({
      method: "POST",
      url: "/oauth/token",
      payload: { grant_type: "client_credentials", client_secret: plaintext },
    });
    const lines = logLines.map((line) => JSON.parse(line));
    expect(lines.some((line) => line.req?.path === "/trpc/keys.list" && typeof line.reqId === "string")).toBe(true);
    const all = logLines.join("\n");
    expect(all).not.toContain(plaintext);
    expect(all).not.toContain("input=");
    expect(all).not.toContain("eyJ");
  });
});
