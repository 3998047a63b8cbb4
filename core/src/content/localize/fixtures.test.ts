import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createRules } from "../../models/index.ts";
import { checkGutenbergStructure, parseMarkup } from "../markup/index.ts";
import { createModelCaller } from "../model-caller.ts";
import { localize } from "./localize.ts";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const models = createModelCaller({ providers: [createRules()] });
const markets = ["es-AR", "es-MX"];

/** Everything but the text: each segment replaced by its id followed by its placeholders, in order. */
function skeleton(content: string, format: "html" | "markdown") {
  const parsed = parseMarkup(content, format);
  const placeholders = (text: string) =>
    (text.match(/⟨\/?\d+\/?⟩/g) ?? []).map((token) => (/^⟨\d+⟩$/.test(token) ? `${token}x` : token)).join(" ");
  const masked = parsed.segments.map(
    (segment) => [segment.id, `s${segment.id} ${placeholders(segment.text)}`] as const,
  );
  return parsed.reassemble(new Map(masked));
}

// The first call builds the cultural engine's tables, which takes seconds on a busy machine.
describe("real-world documents localized with the rules provider", { timeout: 60_000 }, () => {
  it("keeps a product's body_html identical outside the text, with regional changes in", async () => {
    const source = fixture("product-body.html");
    const results = await localize({ content: source, format: "html", from: "es-ES", to: markets }, { models });
    for (const result of results) {
      expect(result.content).not.toBe(source);
      expect(skeleton(result.content, "html")).toBe(skeleton(source, "html"));
      expect(result.adaptations.length).toBeGreaterThan(3);
    }
  });

  it("localizes a Gutenberg post block by block, and the result parses to the same blocks", async () => {
    const source = fixture("gutenberg-post.html");
    const options = { richTextAttributes: ["tagline"] };
    const results = await localize(
      { content: source, format: "gutenberg", from: "es-ES", to: markets, markupOptions: options },
      { models },
    );
    for (const result of results) {
      expect(() => checkGutenbergStructure(source, result.content, options)).not.toThrow();
      expect(result.content).not.toMatch(/\b(coger|coche|móvil|aprovechad|os contamos)\b/i);
      expect(result.content).toContain("celular");
    }
    const [argentina, mexico] = results;
    expect(argentina?.content).toMatch(/\bauto\b/);
    expect(mexico?.content).toMatch(/\b(carro|auto)\b/);
    expect(argentina?.content).toMatch(/aprovechen/);
  });

  it("localizes a Markdown post without touching code, links or structure", async () => {
    const source = fixture("blog-post.md");
    const results = await localize({ content: source, format: "markdown", from: "es-ES", to: markets }, { models });
    const codeBlocks = (text: string) => text.match(/```[\s\S]*?```/g) ?? [];
    const links = (text: string) => text.match(/\]\([^)]*\)/g) ?? [];
    for (const result of results) {
      expect(result.content).not.toBe(source);
      expect(codeBlocks(result.content)).toEqual(codeBlocks(source));
      expect(links(result.content)).toEqual(links(source));
      expect(skeleton(result.content, "markdown")).toBe(skeleton(source, "markdown"));
    }
  });
});
