import { describe, expect, it } from "vitest";
import { UnsupportedCapabilityError } from "../errors/unsupported-capability-error.ts";
import { createRules } from "./rules-provider.ts";

const rules = createRules();
const ask = (payload: unknown) => ({ messages: [{ role: "user" as const, content: JSON.stringify(payload) }] });

describe("the rules provider", { timeout: 60_000 }, () => {
  it("is configured without a key and never leaves the machine", () => {
    expect(rules.isConfigured()).toBe(true);
    expect(rules.capabilities.remote).toBe(false);
  });

  it("translates between variants of one language only", () => {
    expect(rules.capabilities.translates("es-ES", "es-AR")).toBe(true);
    expect(rules.capabilities.translates("pt-BR", "pt-BR")).toBe(true);
    expect(rules.capabilities.translates("es-ES", "pt-BR")).toBe(false);
    expect(rules.capabilities.translates("es-ES", "xx-YY")).toBe(false);
  });

  it("answers a localize request segment by segment with the changes it made", async () => {
    const result = await rules.generate(
      "rules",
      ask({
        task: "localize",
        source_locale: "es-ES",
        target_locale: "es-AR",
        segments: [{ id: "s1", text: "Coge el móvil." }],
      }),
    );
    const object = result.object as {
      segments: { id: string; text: string }[];
      changes: { from: string; to: string }[];
    };
    expect(object.segments).toEqual([{ id: "s1", text: expect.stringContaining("celular") }]);
    expect(object.changes.some((change) => change.from === "móvil" && change.to === "celular")).toBe(true);
    expect(result).toMatchObject({ provider: "rules", model: "rules", finishReason: "stop" });
    expect(JSON.parse(result.text)).toEqual(object);
  });

  it("refuses Spanish to Portuguese, naming the providers that can", async () => {
    const error = await rules
      .generate("rules", ask({ task: "localize", source_locale: "es-ES", target_locale: "pt-BR", segments: [] }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCapabilityError);
    expect((error as UnsupportedCapabilityError).alternatives).toEqual(["openai", "anthropic", "compatible"]);
  });

  it("refuses free-form prompts it cannot answer honestly", async () => {
    const error = await rules
      .generate("rules", { messages: [{ role: "user", content: "Write a poem" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedCapabilityError);
    expect((error as Error).message).toMatch(/model provider/);
  });

  it("writes copy from templates in the market's address form", async () => {
    const brief = {
      task: "generate",
      prompt: "mate de calabaza",
      content_type: "product_description",
      locale: "es-AR",
      industry: "home",
      tone: "friendly",
      target_words: 40,
    };
    const result = await rules.generate("rules", ask(brief));
    const object = result.object as { content: string; adaptations: unknown[] };
    expect(object.content).toContain("mate de calabaza");
    expect(object.content).toMatch(/Pedí hoy/);
    expect(result.text).toBe(object.content);
  });

  it("streams the same copy sentence by sentence, then finishes", async () => {
    const brief = {
      task: "generate",
      prompt: "café",
      content_type: "email_body",
      locale: "es-CO",
      industry: "food",
      tone: "friendly",
      target_words: 80,
    };
    const events = [];
    for await (const event of rules.stream("rules", ask(brief))) events.push(event);
    const text = events.flatMap((event) => (event.type === "text-delta" ? [event.text] : [])).join("");
    const finish = events.at(-1);
    expect(events.filter((event) => event.type === "text-delta").length).toBeGreaterThan(2);
    expect(finish?.type).toBe("finish");
    if (finish?.type === "finish") expect(finish.result.text).toBe(text);
  });
});
