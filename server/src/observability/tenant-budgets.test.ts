import { costOf, defaultPriceTable } from "@frontier-ai/core";
import { type FakeProviderServer, type RecordedRequest, startFakeOpenAI } from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

const usage = { inputTokens: 2_000, outputTokens: 1_500 };

/** Echoes the segments of a localize request at a known usage. */
function respond(request: RecordedRequest) {
  const body = request.body as { messages?: { role: string; content: string }[] };
  const user = body.messages?.findLast((message) => message.role === "user")?.content ?? "{}";
  const sent = JSON.parse(user) as { segments?: { id: string; text: string }[] };
  return { object: { segments: sent.segments ?? [], changes: [] }, usage };
}

describe("tenant spend budgets over tRPC and HTTP", () => {
  let openai: FakeProviderServer;
  let server: TestServer;
  let keys: Record<"viewer" | "editor" | "admin" | "other", string>;

  beforeAll(async () => {
    openai = await startFakeOpenAI({ respond });
    server = await createTestServer({}, { environment: { OPENAI_API_KEY: "test", OPENAI_BASE_URL: openai.url } });
    keys = {
      viewer: (await server.key("shop", "viewer")).plaintext,
      editor: (await server.key("shop", "editor")).plaintext,
      admin: (await server.key("shop", "admin")).plaintext,
      other: (await server.key("other-shop", "editor")).plaintext,
    };
  });
  afterAll(async () => {
    await server.close();
    await openai.close();
  });

  const localize = (key: string, content: string) =>
    server.app.inject({
      method: "POST",
      url: "/api/v1/localize",
      headers: bearer(key),
      payload: { content, source_locale: "es-ES", target_locales: ["es-MX"], provider: "openai" },
    });
  const setBudget = (key: string, input: unknown) =>
    server.app.inject({
      method: "POST",
      url: "/trpc/analytics.setSpendBudget",
      headers: bearer(key),
      payload: input as object,
    });
  const readBudget = async (key: string) => {
    const response = await server.app.inject({ url: "/trpc/analytics.spendBudget", headers: bearer(key) });
    expect(response.statusCode).toBe(200);
    return response.json().result.data as {
      limitUsd: number | null;
      period: string;
      current: string;
      spentUsd: number;
      remainingUsd: number | null;
      usedRatio: number | null;
    };
  };

  it("lets only owners and admins set a budget, and validates it", async () => {
    expect((await setBudget(keys.viewer, { limitUsd: 5, period: "month" })).statusCode).toBe(403);
    expect((await setBudget(keys.editor, { limitUsd: 5, period: "month" })).statusCode).toBe(403);
    const negative = await setBudget(keys.admin, { limitUsd: -1, period: "month" });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.data.issues[0].path).toBe("limitUsd");
    expect((await setBudget(keys.admin, { limitUsd: 5, period: "week" })).statusCode).toBe(400);
    expect((await setBudget(server.ownerKey, { limitUsd: 5, period: "day" })).statusCode).toBe(200);
  });

  it("records the tenant's spend, refuses with 402 naming the tenant's budget once it cannot hold a call", async () => {
    const set = await setBudget(keys.admin, { limitUsd: 1, period: "month" });
    expect(set.statusCode).toBe(200);
    expect(set.json().result.data).toMatchObject({ limitUsd: 1, period: "month", spentUsd: 0, remainingUsd: 1 });

    expect((await localize(keys.editor, "Mi ordenador nuevo")).statusCode).toBe(200);
    const body = openai.requests[0]?.body as { model?: string } | undefined;
    const model = body?.model ?? "";
    const cost = costOf(defaultPriceTable, "openai", model, usage);
    expect(cost).toBeGreaterThan(0);
    const afterOne = await readBudget(keys.editor);
    expect(afterOne.current).toMatch(/^\d{4}-\d{2}$/);
    expect(afterOne.spentUsd).toBeCloseTo(cost ?? Number.NaN, 12);

    // What is left cannot hold another call: refused before the provider is called.
    expect((await setBudget(keys.admin, { limitUsd: afterOne.spentUsd, period: "month" })).statusCode).toBe(200);
    const calls = openai.requests.length;
    const refused = await localize(keys.editor, "Tu ordenador viejo");
    expect(refused.statusCode).toBe(402);
    expect(refused.json().error).toMatchObject({ code: "budget_exceeded" });
    expect(refused.json().error.message).toContain("tenant's spend budget");
    expect(openai.requests.length).toBe(calls);
    expect(await readBudget(keys.viewer)).toMatchObject({ remainingUsd: 0, usedRatio: 1 });

    // Another tenant's budget is its own.
    expect((await localize(keys.other, "Tu ordenador viejo")).statusCode).toBe(200);
    expect((await readBudget(keys.other)).limitUsd).toBeNull();

    // Removing the limit lets calls through again; spend keeps counting.
    expect((await setBudget(keys.admin, { limitUsd: null, period: "month" })).statusCode).toBe(200);
    expect((await localize(keys.editor, "Tu ordenador viejo")).statusCode).toBe(200);
    expect((await readBudget(keys.editor)).spentUsd).toBeCloseTo(2 * (cost ?? Number.NaN), 12);
  });

  it("never lets concurrent calls together spend past the tenant's budget", async () => {
    const tenant = await server.key("busy-shop", "admin");
    // Room for a few holds: the first call tells what one costs and holds.
    expect((await localize(tenant.plaintext, "Primer ordenador")).statusCode).toBe(200);
    const first = await readBudget(tenant.plaintext);
    const limitUsd = first.spentUsd * 4;
    expect((await setBudget(tenant.plaintext, { limitUsd, period: "month" })).statusCode).toBe(200);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) => localize(tenant.plaintext, `Ordenador número ${index}`)),
    );
    const served = responses.filter((response) => response.statusCode === 200).length;
    expect(served + responses.filter((response) => response.statusCode === 402).length).toBe(20);
    expect(served).toBeLessThan(20);
    const after = await readBudget(tenant.plaintext);
    expect(after.spentUsd).toBeLessThanOrEqual(limitUsd);
    expect(after.spentUsd).toBeCloseTo(first.spentUsd * (served + 1), 12);
  });
});
