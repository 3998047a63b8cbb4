import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corrupted, namesField, notArray, notString } from "../../testing/fuzz.ts";
import { bearer, createTestServer, type TestServer } from "../../testing/harness.ts";

const localizeCorruptions = {
  content: fc.oneof(notString, fc.constant("")),
  format: fc.oneof(
    notString,
    fc.string().filter((s) => !["auto", "text", "html", "gutenberg", "markdown", "rich-text"].includes(s)),
  ),
  source_locale: fc.oneof(notString, fc.constant("x"), fc.string({ minLength: 21, maxLength: 30 })),
  target_locales: fc.oneof(notArray, fc.constant([]), fc.array(notString, { minLength: 1, maxLength: 2 })),
  provider: fc.oneof(
    notString,
    fc.string().filter((s) => !["rules", "openai", "anthropic", "compatible"].includes(s)),
  ),
} as const;

const generateCorruptions = {
  prompt: fc.oneof(
    notString,
    fc.constantFrom("", "   "),
    fc.string({ minLength: 4_001, maxLength: 4_100 }).filter((s) => s.trim().length > 4_000),
  ),
  content_type: fc.oneof(
    notString,
    fc
      .string()
      .filter(
        (s) =>
          ![
            "product_description",
            "social_post",
            "email_subject",
            "email_body",
            "ad_headline",
            "blog_intro",
            "sms",
          ].includes(s),
      ),
  ),
  target_country: fc.oneof(notString, fc.constant("x"), fc.string({ minLength: 41, maxLength: 50 })),
  tone: fc.oneof(
    notString,
    fc.string().filter((s) => !["friendly", "professional", "enthusiastic", "premium", "urgent"].includes(s)),
  ),
  length: fc.oneof(
    fc.boolean(),
    fc.constant(null),
    fc.integer({ max: 0 }),
    fc.integer({ min: 2_001 }),
    fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }),
    fc.string().filter((s) => !["short", "medium", "long"].includes(s)),
  ),
} as const;

// A thousand requests per route: generous timeouts for a shared, busy machine.
describe("fuzzing the content routes with bad bodies", { timeout: 180_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const check = (url: string, valid: Record<string, unknown>, corruptions: Record<string, fc.Arbitrary<unknown>>) =>
    fc.assert(
      fc.asyncProperty(corrupted(valid, corruptions), async ({ body, fields }) => {
        const response = await server.app.inject({
          method: "POST",
          url,
          headers: { ...bearer(server.ownerKey), "content-type": "application/json" },
          payload: JSON.stringify(body),
        });
        expect(response.statusCode).toBe(400);
        const paths = response.json().error.issues.map((issue: { path: string }) => issue.path);
        for (const field of fields) expect(namesField(paths, field), `${field} in ${paths}`).toBe(true);
      }),
      { numRuns: 1000 },
    );

  it("POST /api/v1/localize: 1,000 corrupted bodies get 400s naming each bad field", async () => {
    await check(
      "/api/v1/localize",
      { content: "Hola", source_locale: "es-ES", target_locales: ["es-MX"] },
      localizeCorruptions,
    );
  });

  it("POST /api/v1/generate-content: 1,000 corrupted bodies get 400s naming each bad field", async () => {
    await check(
      "/api/v1/generate-content",
      { prompt: "mate", content_type: "sms", target_country: "AR", length: "short" },
      generateCorruptions,
    );
  });
});
