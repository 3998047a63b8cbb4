import { describe, expect, it } from "vitest";
import { MarkupIntegrityError } from "./errors.ts";
import { markdownAdapter } from "./markdown.ts";

describe("Markdown adapter", () => {
  it("keeps code spans, URLs and titles inside placeholders, never in the text", () => {
    const doc = markdownAdapter.parse('Usa `npm ci` y [la guía](https://example.com/a_b "Guía") **ya**.\n');
    expect(doc.segments.map((s) => s.text)).toEqual(["Usa ⟨1/⟩ y ⟨2⟩la guía⟨/2⟩ ⟨3⟩ya⟨/3⟩."]);
    expect(doc.reassemble(new Map([["1", "Run ⟨1/⟩ and ⟨3⟩now⟨/3⟩ ⟨2⟩the guide⟨/2⟩."]]))).toBe(
      'Run `npm ci` and **now** [the guide](https://example.com/a_b "Guía").\n',
    );
  });

  it("escapes Markdown syntax in translations and moves spaces out of emphasis", () => {
    const doc = markdownAdapter.parse("Hola **mundo** feliz\n");
    expect(doc.reassemble(new Map([["1", "# 1. *Hi* ⟨1⟩ world ⟨/1⟩ [x]"]]))).toBe(
      "\\# 1. \\*Hi\\*  **world**  \\[x\\]\n",
    );
  });

  it("re-adds a quote's prefix after each translated line break", () => {
    const doc = markdownAdapter.parse("> Primera línea\n> segunda línea\n");
    expect(doc.reassemble(new Map([["1", "First line\nsecond line"]]))).toBe("> First line\n> second line\n");
  });

  it("throws MarkupIntegrityError when a translation would add a paragraph", () => {
    const doc = markdownAdapter.parse("Uno.\n\n## Dos\n");
    expect(() => doc.reassemble(new Map([["1", "One.\n\nExtra."]]))).toThrow(MarkupIntegrityError);
  });
});
