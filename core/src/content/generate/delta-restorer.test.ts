import { describe, expect, it } from "vitest";
import { createScriptedProvider } from "../../../testing/index.ts";
import type { ModelProvider } from "../../models/index.ts";
import { createModelCaller } from "../model-caller.ts";
import { deltaRestorer } from "./delta-restorer.ts";
import { streamGenerate } from "./generate.ts";

const vault = new Map([["⟦EMAIL_1⟧", "ana@tienda.example"]]);
const restore = (text: string) => text.replace(/⟦[A-Z]+_\d+⟧/g, (token) => vault.get(token) ?? token);

describe("deltaRestorer", () => {
  it("holds a token split over deltas until it closes, then shows it restored", () => {
    const restorer = deltaRestorer(restore);
    const shown = ["Escribe a ⟦EM", "AIL_", "1⟧ hoy", "."].map((delta) => restorer.push(delta));
    expect(shown).toEqual(["Escribe a ", "", "ana@tienda.example hoy", "."]);
    expect(restorer.flush()).toBe("");
  });

  it("gives back an unclosed bracket as text at the end or once it is too long to be a token", () => {
    const restorer = deltaRestorer(restore);
    expect(restorer.push("Precio ⟦")).toBe("Precio ");
    expect(restorer.flush()).toBe("⟦");
    const long = deltaRestorer(restore);
    expect(long.push("⟦")).toBe("");
    expect(long.push("x".repeat(60))).toBe(`⟦${"x".repeat(60)}`);
  });

  it("forgets what it held when the stream starts over", () => {
    const restorer = deltaRestorer(restore);
    restorer.push("Hola ⟦EMA");
    restorer.reset();
    expect(restorer.push("Nuevo texto")).toBe("Nuevo texto");
  });
});

describe("streamGenerate", () => {
  it("never shows a pseudonym token, even when the model splits it over deltas", async () => {
    const scripted = createScriptedProvider({ id: "openai", respond: () => ({ text: "" }) });
    // A model that writes the e-mail token it was given in two pieces.
    const splitting: ModelProvider = {
      ...scripted,
      async *stream(_model, request) {
        const token = /⟦EMAIL_\d+⟧/.exec(JSON.stringify(request.messages))?.[0] ?? "⟦?⟧";
        const text = `Escríbenos a ${token} y recibe tu pedido.`;
        const cut = text.indexOf(token) + 4;
        yield { type: "text-delta", text: text.slice(0, cut) };
        yield { type: "text-delta", text: text.slice(cut) };
        yield {
          type: "finish",
          result: {
            text,
            usage: { inputTokens: 1, outputTokens: 1 },
            finishReason: "stop",
            provider: "openai",
            model: "m",
          },
        };
      },
    };
    const deltas: string[] = [];
    const request = {
      prompt: "ofertas de verano, dudas a ventas@tienda.example",
      content_type: "sms",
      target_country: "MX",
      length: "short",
    };
    for await (const event of streamGenerate(request, { models: createModelCaller({ providers: [splitting] }) })) {
      if (event.type === "delta") deltas.push(event.text);
    }
    expect(deltas.join("")).toBe("Escríbenos a ventas@tienda.example y recibe tu pedido.");
    expect(deltas.some((delta) => delta.includes("⟦") || delta.includes("⟧"))).toBe(false);
  });
});
