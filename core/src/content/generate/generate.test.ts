import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeProviderServer, startFakeOpenAI } from "../../../testing/index.ts";
import { createOpenAI, createRules } from "../../models/index.ts";
import { InvalidContentRequestError } from "../errors.ts";
import { createModelCaller } from "../model-caller.ts";
import { generate, streamGenerate } from "./generate.ts";

const now = () => new Date("2026-05-01T12:00:00Z");
const rulesOnly = () => ({ models: createModelCaller({ providers: [createRules()] }), now });
const brief = { prompt: "zapatillas de running ligeras", content_type: "product_description", length: 60 };

describe("generate with the rules provider", { timeout: 60_000 }, () => {
  it("answers the whitepaper's contract for the market", async () => {
    const response = await generate({ ...brief, target_country: "argentina", target_industry: "sports" }, rulesOnly());
    expect(response.metadata).toMatchObject({ provider: "rules", locale: "es-AR", country: "AR", address_form: "vos" });
    expect(response.content).toContain("zapatillas de running ligeras");
    expect(response.performance_score).toBeGreaterThan(0);
    expect(response.performance_score).toBeLessThanOrEqual(100);
    expect(response.metadata.score_breakdown.map((part) => part.name)).toContain("length_fit");
  });

  it("accepts a country name, an ISO code or a locale", async () => {
    const locales = await Promise.all(
      ["mexico", "MX", "es-MX"].map(
        async (country) => (await generate({ ...brief, target_country: country }, rulesOnly())).metadata.locale,
      ),
    );
    expect(locales).toEqual(["es-MX", "es-MX", "es-MX"]);
  });

  it("is deterministic", async () => {
    const first = await generate({ ...brief, target_country: "CO" }, rulesOnly());
    const second = await generate({ ...brief, target_country: "CO" }, rulesOnly());
    expect(second).toEqual(first);
  });

  it("writes Brazilian Portuguese for Brazil", async () => {
    const response = await generate({ ...brief, target_country: "brasil", prompt: "tênis de corrida" }, rulesOnly());
    expect(response.metadata.locale).toBe("pt-BR");
    expect(response.content).toMatch(/Peça hoje|Apresentamos/);
  });

  it("takes short, medium and long as lengths", async () => {
    const response = await generate({ ...brief, target_country: "CL", length: "short" }, rulesOnly());
    expect(response.metadata.target_words).toBe(40);
  });

  it.each([
    [{ content_type: "poem" }, "content_type"],
    [{ target_country: "narnia" }, "target_country"],
    [{ length: 0 }, "length"],
    [{ length: "huge" }, "length"],
    [{ tone: "angry" }, "tone"],
    [{ prompt: "  " }, "prompt"],
  ])("names the field of a bad request %j", async (override, field) => {
    const error = await generate({ ...brief, target_country: "MX", ...override }, rulesOnly()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidContentRequestError);
    expect(error).toMatchObject({ field });
  });

  it("streams the copy and ends with the full result", async () => {
    const events = [];
    for await (const event of streamGenerate({ ...brief, target_country: "PE" }, rulesOnly())) events.push(event);
    const deltas = events
      .filter((event) => event.type === "delta")
      .map((event) => (event.type === "delta" ? event.text : ""));
    const last = events.at(-1);
    expect(deltas.length).toBeGreaterThan(1);
    expect(last?.type).toBe("result");
    if (last?.type === "result") expect(deltas.join("")).toBe(last.response.content);
  });
});

describe("generate with a model provider", { timeout: 60_000 }, () => {
  let fake: FakeProviderServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(() => fake.close());

  it("pseudonymizes personal data in the prompt and restores it in the copy", async () => {
    fake.respond = (request) => {
      const body = request.body as { messages: { role: string; content: string }[] };
      const sent = JSON.parse(body.messages.at(-1)?.content ?? "{}") as { prompt: string };
      return {
        object: { content: `Escribinos a ${sent.prompt.match(/⟦EMAIL_\d+⟧/)?.[0]}. Comprá hoy.`, adaptations: [] },
      };
    };
    const models = createModelCaller({ providers: [createOpenAI({ apiKey: "k", baseURL: fake.url }), createRules()] });
    const before = fake.requests.length;
    const response = await generate(
      { ...brief, prompt: "consultas a ventas@tienda.example", target_country: "AR", provider: "openai" },
      { models, now },
    );
    expect(JSON.stringify(fake.requests[before]?.body)).not.toContain("ventas@tienda.example");
    expect(response.content).toContain("ventas@tienda.example");
    expect(response.metadata.provider).toBe("openai");
  });
});
