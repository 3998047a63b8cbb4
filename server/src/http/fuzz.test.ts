import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corrupted, namesField, notArray, notString } from "../testing/fuzz.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

// Bad bodies built field by field from the routes' zod schemas: each run corrupts one to three fields of a valid
// body, and the answer must be a 400 that names every corrupted field, never a 5xx.

const keyFieldCorruptions = {
  name: fc.oneof(
    notString,
    fc.constantFrom("", "   "),
    fc.string({ minLength: 101, maxLength: 140 }).filter((s) => s.trim().length > 100),
  ),
  role: fc.oneof(
    notString,
    fc.string().filter((s) => !["owner", "admin", "editor", "viewer"].includes(s)),
  ),
  kind: fc.oneof(
    notString,
    fc.string().filter((s) => s !== "secret" && s !== "publishable"),
  ),
  allowedOrigins: fc.oneof(
    notArray,
    fc.array(notString, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constant("https://a.example"), { minLength: 21, maxLength: 25 }),
  ),
  scopes: fc.oneof(
    notArray,
    fc.array(notString, { minLength: 1, maxLength: 3 }),
    fc.array(fc.constant("keys:read"), { minLength: 33, maxLength: 36 }),
  ),
  quotaPerMinute: fc.oneof(
    fc.string(),
    fc.boolean(),
    fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ max: 0 }),
    fc.integer({ min: 1_000_001 }),
  ),
} as const;

const tokenFieldCorruptions = {
  grant_type: fc.oneof(
    notString,
    fc.string().filter((s) => s !== "client_credentials"),
  ),
  client_id: fc.oneof(
    notString.filter((v) => v !== null),
    fc.constant(""),
    fc.string({ minLength: 65, maxLength: 80 }),
  ),
  client_secret: fc.oneof(
    notString.filter((v) => v !== null),
    fc.constant(""),
    fc.string({ minLength: 129, maxLength: 140 }),
  ),
  scope: fc.oneof(
    notString.filter((v) => v !== null),
    fc.string({ minLength: 2049, maxLength: 2100 }),
  ),
} as const;

const documentFieldCorruptions = {
  name: fc.oneof(
    notString,
    fc.constantFrom("", "   "),
    fc.string({ minLength: 201, maxLength: 240 }).filter((s) => s.trim().length > 200),
  ),
  format: fc.oneof(notString, fc.constantFrom("docx", "HTML", "")),
  source_locale: fc.oneof(notString, fc.constantFrom("", "spanish", "es_ES", "ES-es", "e")),
} as const;

const publishFieldCorruptions = {
  content: fc.oneof(notString, fc.constant("")),
  origin: fc.oneof(notString, fc.constantFrom("machine", "LOCALIZED", "")),
  metadata: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer(), { maxLength: 2 })),
} as const;

// Thousands of requests: generous timeouts for a shared, busy machine.
describe("fuzzing validated routes with bad bodies", { timeout: 180_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it("keys.create (tRPC): 2,000 corrupted bodies get 400s naming each bad field", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(corrupted({ name: "fuzz", role: "viewer" }, keyFieldCorruptions), async ({ body, fields }) => {
        runs++;
        const response = await server.app.inject({
          method: "POST",
          url: "/trpc/keys.create",
          headers: { ...bearer(server.ownerKey), "content-type": "application/json" },
          payload: JSON.stringify(body),
        });
        expect(response.statusCode).toBe(400);
        const paths = response.json().error.data.issues.map((issue: { path: string }) => issue.path);
        for (const field of fields) expect(namesField(paths, field), `${field} in ${paths}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(runs).toBe(2000);
  });

  it("REST documents: 500 corrupted bodies per route get 400s naming each bad field", async () => {
    const admin = (await server.key("default", "admin")).plaintext;
    const created = await server.app.inject({
      method: "PUT",
      url: "/api/v1/documents/fuzz-doc",
      headers: bearer(admin),
      payload: { name: "Fuzz", format: "html", source_locale: "es-ES" },
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const [url, valid, corruptions] of [
      [
        "/api/v1/documents/fuzz-doc",
        { name: "Fuzz", format: "html", source_locale: "es-ES" },
        documentFieldCorruptions,
      ],
      ["/api/v1/documents/fuzz-doc/published/es-AR", { content: "<p>Hola</p>" }, publishFieldCorruptions],
    ] as const) {
      await fc.assert(
        fc.asyncProperty(corrupted(valid, corruptions), async ({ body, fields }) => {
          const response = await server.app.inject({
            method: "PUT",
            url,
            headers: { ...bearer(admin), "content-type": "application/json" },
            payload: JSON.stringify(body),
          });
          expect(response.statusCode, response.body).toBe(400);
          const paths = response.json().error.issues.map((issue: { path: string }) => issue.path);
          for (const field of fields) expect(namesField(paths, field), `${field} in ${paths}`).toBe(true);
        }),
        { numRuns: 500 },
      );
    }
  });

  it("keys.create (tRPC): arbitrary JSON and unknown keys get 400s, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().filter((value) => typeof value !== "object" || value === null || Array.isArray(value)),
          fc
            .dictionary(
              fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !(k in keyFieldCorruptions) && k !== "__proto__"),
              fc.jsonValue(),
              { minKeys: 1, maxKeys: 3 },
            )
            .map((extra) => ({ name: "fuzz", role: "viewer", ...extra })),
        ),
        async (body) => {
          const response = await server.app.inject({
            method: "POST",
            url: "/trpc/keys.create",
            headers: { ...bearer(server.ownerKey), "content-type": "application/json" },
            payload: JSON.stringify(body),
          });
          expect(response.statusCode).toBe(400);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses prototype-poisoning bodies with a 400", async () => {
    for (const payload of [
      '{"name":"x","role":"viewer","__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{}}}',
    ]) {
      const response = await server.app.inject({
        method: "POST",
        url: "/oauth/token",
        headers: { "content-type": "application/json" },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe("invalid_request");
    }
  });

  it("POST /oauth/token: 1,000 corrupted bodies get RFC 6749 400s whose issues name each bad field", async () => {
    await fc.assert(
      fc.asyncProperty(
        corrupted({ grant_type: "client_credentials", client_secret: server.ownerKey }, tokenFieldCorruptions),
        async ({ body, fields }) => {
          const response = await server.app.inject({
            method: "POST",
            url: "/oauth/token",
            payload: body as Record<string, never>,
          });
          expect(response.statusCode).toBe(400);
          const json = response.json();
          expect(["invalid_request", "unsupported_grant_type"]).toContain(json.error);
          const paths = json.issues.map((issue: { path: string }) => issue.path);
          for (const field of fields) expect(namesField(paths, field), `${field} in ${paths}`).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
