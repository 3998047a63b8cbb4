import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grantedPermissions } from "../auth/permissions.ts";
import type { Principal } from "../auth/principal.ts";
import { createTestServer, type TestServer } from "../testing/harness.ts";
import { createCallerFactory } from "../trpc.ts";
import type { Role } from "../types.ts";
import { appRouter } from "./_app.ts";

const createCaller = createCallerFactory(appRouter);

describe("feedback and analytics routers", () => {
  let server: TestServer;
  let tenantId: string;

  beforeAll(async () => {
    server = await createTestServer();
    tenantId = await server.tenantId("default");
  });
  afterAll(() => server.close());

  function callerAs(role: Role) {
    const principal: Principal = {
      tenantId,
      keyId: `key_${role}`,
      kind: "secret",
      role,
      permissions: new Set(grantedPermissions("secret", role, null)),
      via: "key",
      quotaPerMinute: null,
    };
    return createCaller({ services: server.services, principal, requestId: "test" });
  }

  it("turns repeated reviews into a suggestion an admin accepts, which the tenant's engine then applies", async () => {
    const editor = callerAs("editor");
    const texts = [
      "Tu computadora nueva",
      "La computadora ideal",
      "Una computadora rápida",
      "Computadora en cuotas",
      "Mi computadora",
    ];
    for (const [index, text] of texts.entries()) {
      const result = await editor.feedback.review({
        contentId: `doc-${index}`,
        locale: "es-MX",
        kind: "localize",
        prompt: text,
        segments: [
          { generated: text, final: text.replace(/computadora/i, (word) => (word[0] === "C" ? "Compu" : "compu")) },
        ],
      });
      expect(result.edited).toBe(true);
    }
    await editor.feedback.review({
      contentId: "doc-9",
      locale: "es-MX",
      kind: "generate",
      prompt: "p",
      segments: [{ generated: "Envío gratis hoy", final: "Envío gratis hoy" }],
    });
    const [suggestion] = await callerAs("viewer").feedback.suggestions({ status: "open" });
    expect(suggestion).toMatchObject({ locale: "es-MX", fromTerm: "computadora", toTerm: "compu", replacements: 5 });
    if (suggestion === undefined) return;
    await expect(editor.feedback.decide({ id: suggestion.id, decision: "accepted" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await editor.feedback.transfer({ text: "Mi computadora nueva", from: "es-AR", to: "es-MX" })).toEqual({
      text: "Mi computadora nueva",
    });
    await callerAs("admin").feedback.decide({ id: suggestion.id, decision: "accepted" });
    expect((await editor.feedback.transfer({ text: "Mi computadora nueva", from: "es-AR", to: "es-MX" })).text).toMatch(
      /\bcompu\b/,
    );

    const overview = await callerAs("viewer").analytics.overview({ days: 7 });
    expect(overview.reviewed).toMatchObject({ segments: 6, acceptedRate: 1 / 6 });
    const examples = await editor.feedback.examples({ locale: "es-MX", text: "envío gratis", limit: 1 });
    expect(examples.examples[0]?.text).toBe("Envío gratis hoy");
    expect(examples.prompt).toContain("Envío gratis hoy");
  });

  it("reports an A/B test from stored events", async () => {
    const { learning } = server.services.repository;
    const editor = callerAs("editor");
    const control = await editor.feedback.addVariant({
      contentId: "ab",
      locale: "es-CO",
      name: "a",
      content: "A",
      control: true,
    });
    const challenger = await editor.feedback.addVariant({ contentId: "ab", locale: "es-CO", name: "b", content: "B" });
    const events = (variantId: string, impressions: number, conversions: number) => [
      ...Array.from({ length: impressions }, () => ({
        contentId: "ab",
        locale: "es-CO",
        variantId,
        type: "impression" as const,
        occurredAt: Date.now(),
      })),
      ...Array.from({ length: conversions }, () => ({
        contentId: "ab",
        locale: "es-CO",
        variantId,
        type: "conversion" as const,
        occurredAt: Date.now(),
      })),
    ];
    await learning.addEvents(tenantId, [...events(control.id, 400, 8), ...events(challenger.id, 400, 30)]);
    const report = await callerAs("viewer").feedback.variantReport({ contentId: "ab", locale: "es-CO", horizon: 400 });
    expect(report.control).toBe(control.id);
    expect(report.decision).toEqual({ status: "stop", winner: challenger.id, reason: "beats-control" });
    const overview = await callerAs("viewer").analytics.overview({ days: 1 });
    expect(overview.storefront).toContainEqual({
      locale: "es-CO",
      impressions: 800,
      clicks: 0,
      addToCart: 0,
      conversions: 38,
      conversionRate: 38 / 800,
    });
  });
});
