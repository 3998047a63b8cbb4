import { type FakeProviderServer, type RecordedRequest, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";
import { spendPeriod } from "./spend-budgets.ts";

/** Echoes the segments of a localize request, and answers a generation, each at a price worth noticing. */
function respond(request: RecordedRequest) {
  const body = request.body as { messages?: { role: string; content: string }[] };
  const user = body.messages?.findLast((message) => message.role === "user")?.content ?? "{}";
  const sent = JSON.parse(user) as { segments?: { id: string; text: string }[] };
  const usage = { inputTokens: 100_000, outputTokens: 100_000 };
  if (sent.segments) return { object: { segments: sent.segments, changes: [] }, usage };
  return { object: { content: "Zapatillas livianas. Pídelas hoy.", adaptations: [] }, usage };
}

describe("per-provider spend budgets", () => {
  let openai: FakeProviderServer;
  let server: TestServer;
  let key: string;

  const ratio = async () => {
    const scrape = await server.app.inject({ url: "/metrics" });
    const line = /^frontier_spend_budget_used_ratio\{scope="provider:openai"\} (\S+)$/m.exec(scrape.body);
    return line === null ? undefined : Number(line[1]);
  };

  beforeAll(async () => {
    openai = await startFakeOpenAI({ respond });
    server = await createTestServer(
      { FRONTIER_SPEND_BUDGETS_USD: "openai=1" },
      { environment: { OPENAI_API_KEY: "test", OPENAI_BASE_URL: openai.url } },
    );
    key = (await server.key("shop", "editor")).plaintext;
  });
  afterAll(async () => {
    await server.close();
    await openai.close();
  });

  const localize = (provider?: string, content = "Mi ordenador nuevo") =>
    server.app.inject({
      method: "POST",
      url: "/api/v1/localize",
      headers: bearer(key),
      payload: {
        content,
        source_locale: "es-ES",
        target_locales: ["es-MX"],
        ...(provider !== undefined && { provider }),
      },
    });

  it("shows each budget's share used on /metrics, from the first scrape", async () => {
    expect(await ratio()).toBe(0);
  });

  it("counts what a provider costs in the database ledger and stops calling it at its limit", async () => {
    expect((await localize("openai")).statusCode).toBe(200);
    const spent = await server.services.repository.spend.spentUsd("provider:openai", spendPeriod(Date.now(), "month"));
    expect(spent).toBeGreaterThanOrEqual(1);
    expect(await ratio()).toBeCloseTo(spent, 9);

    // Pinned to the spent provider: 402, and the provider is not called.
    const calls = openai.requests.length;
    // (Other copy than before: the translation memory would answer that without a provider.)
    const refused = await localize("openai", "Tu ordenador viejo");
    expect(refused.statusCode).toBe(402);
    expect(refused.json()).toMatchObject({ error: { code: "budget_exceeded" } });
    // Routed: the next candidate serves (here the offline rules provider).
    const generated = await server.app.inject({
      method: "POST",
      url: "/api/v1/generate-content",
      headers: bearer(key),
      payload: {
        prompt: "zapatillas de running",
        content_type: "product_description",
        target_country: "MX",
        length: 30,
      },
    });
    expect(generated.statusCode).toBe(200);
    expect(generated.json().metadata.provider).toBe("rules");
    expect(openai.requests.length).toBe(calls);
  });
});
