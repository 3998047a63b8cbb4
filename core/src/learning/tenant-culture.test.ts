import { describe, expect, it } from "vitest";
import { createScriptedProvider } from "../../testing/index.ts";
import { boundedExamples, generate, maxExamplesCharacters } from "../content/generate/generate.ts";
import { localize } from "../content/localize/localize.ts";
import { createMemoryTranslationMemory } from "../content/localize/translation-memory.ts";
import { createModelCaller } from "../content/model-caller.ts";
import { validateDocument } from "../content/validate.ts";
import { createRules } from "../models/index.ts";
import { createTenantCultures } from "./lexicon-overrides.ts";

const cultures = createTenantCultures();
const compu = cultures([{ locale: "es-MX", from: "computadora", to: "compu" }]);
const rules = () => createModelCaller({ providers: [createRules()] });

describe("a tenant's culture in the pipelines", () => {
  it("reaches the rules provider: localize writes the override, the bundled culture does not", async () => {
    const request = { content: "<p>Mi ordenador nuevo</p>", from: "es-ES", to: ["es-MX"] };
    const [tenant] = await localize(request, { models: rules(), culture: compu });
    const [bundled] = await localize(request, { models: rules() });
    expect(tenant?.content).toBe("<p>Mi compu nueva</p>");
    expect(bundled?.content).toBe("<p>Mi computadora nueva</p>");
  });

  it("keeps translation-memory entries apart per vocabulary, and shares them without one", async () => {
    const memory = createMemoryTranslationMemory();
    const request = { content: "Mi ordenador nuevo", from: "es-ES", to: ["es-MX"], provider: "rules" };
    await localize(request, { models: rules(), memory });
    const [tenant] = await localize(request, { models: rules(), memory, culture: compu });
    expect(tenant?.provider).toBe("rules");
    expect(tenant?.content).toBe("Mi compu nueva");
    const [again] = await localize(request, { models: rules(), memory, culture: compu });
    expect(again?.provider).toBe("translation-memory");
    // An override of another market leaves this pair's entries as they were.
    const other = cultures([{ locale: "es-AR", from: "celular", to: "celu" }]);
    const [shared] = await localize(request, { models: rules(), memory, culture: other });
    expect(shared).toMatchObject({ provider: "translation-memory", content: "Mi computadora nueva" });
  });

  it("lints with the tenant's vocabulary: validate suggests the override", () => {
    const suggestion = (culture?: typeof compu) =>
      validateDocument("Mi ordenador nuevo", "es-MX", "text", culture).map((finding) => finding.suggestion);
    expect(suggestion(compu)).toEqual(["Mi compu nueva"]);
    expect(suggestion()).toEqual(["Mi computadora nueva"]);
  });

  it("tells a model provider the vocabulary and the brand's examples, with personal data as tokens", async () => {
    const provider = createScriptedProvider({
      id: "openai",
      respond: () => ({
        text: JSON.stringify({ content: "Tu compu nueva te espera. Comprala hoy.", adaptations: [] }),
      }),
    });
    const models = createModelCaller({ providers: [provider] });
    await generate(
      {
        prompt: "laptops livianas",
        content_type: "product_description",
        target_country: "MX",
        length: 30,
        brandExamples: ["Escríbenos a ventas@tienda.example y llévate tu compu hoy.", "   ", "Otra compu, otro día."],
      },
      { models, culture: compu },
    );
    const system = provider.calls[0]?.request.system ?? "";
    expect(system).toContain('write "compu" where you would write "computadora"');
    expect(system).toContain("Example 1:\nEscríbenos a ⟦EMAIL_1⟧ y llévate tu compu hoy.");
    expect(system).toContain("Example 2:\nOtra compu, otro día.");
    expect(system).not.toContain("ventas@tienda.example");
    expect(provider.calls[0]?.request.culture).toBe(compu.engine);
  });

  it("brings copy written with the bundled vocabulary to the tenant's: offline templates and a model's answer", async () => {
    const brief = {
      prompt: "ofertas para tu computadora",
      content_type: "product_description",
      target_country: "MX",
      length: "short",
    };
    const offline = await generate(brief, { models: rules(), culture: compu });
    expect(offline.content).toContain("tu compu");
    expect(offline.content).not.toContain("computadora");
    expect((await generate(brief, { models: rules() })).content).toContain("tu computadora");
    const stubborn = createScriptedProvider({
      id: "openai",
      respond: () => ({ text: JSON.stringify({ content: "Tu computadora nueva te espera.", adaptations: [] }) }),
    });
    // Structured answers carry the parsed object, as the HTTP adapters return it.
    const structured = {
      ...stubborn,
      async generate(...args: Parameters<typeof stubborn.generate>) {
        const result = await stubborn.generate(...args);
        return { ...result, object: JSON.parse(result.text) as unknown };
      },
    };
    const answered = await generate(
      { ...brief, provider: "openai" },
      { models: createModelCaller({ providers: [structured] }), culture: compu },
    );
    expect(answered.content).toBe("Tu compu nueva te espera.");
  });

  it("bounds the examples: each cut at a word, all of them together", () => {
    const long = `${"palabra ".repeat(200)}fin`;
    const [first] = boundedExamples([long]);
    expect(first?.endsWith("palabra…")).toBe(true);
    const many = boundedExamples(Array.from({ length: 10 }, () => long));
    expect(many.join("").length).toBeLessThanOrEqual(maxExamplesCharacters);
    expect(many.length).toBe(3);
  });
});
