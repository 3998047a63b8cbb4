import { describe, expect, it } from "vitest";
import { MarkupIntegrityError } from "./errors.ts";
import { checkGutenbergStructure, createGutenbergAdapter, gutenbergAdapter } from "./gutenberg.ts";

describe("Gutenberg adapter", () => {
  it("translates only the attribute names it knows, plus the ones a custom block declares", () => {
    const source =
      '<!-- wp:acme/card {"heading":"Hola","slogan":"Compra ya","sku":"AB-1","items":[{"label":"Uno"}]} /-->';
    expect(gutenbergAdapter.parse(source).segments.map((s) => [s.context, s.text])).toEqual([
      ["acme/card.heading", "Hola"],
      ["acme/card.label", "Uno"],
    ]);
    const custom = createGutenbergAdapter({ plainTextAttributes: ["slogan"] }).parse(source);
    expect(custom.segments.map((s) => s.text)).toEqual(["Hola", "Compra ya", "Uno"]);
    expect(custom.reassemble(new Map([["2", "Buy <now> & save -- today"]]))).toBe(
      '<!-- wp:acme/card {"heading":"Hola","slogan":"Buy \\u003cnow\\u003e \\u0026 save \\u002d\\u002d today","sku":"AB-1","items":[{"label":"Uno"}]} /-->',
    );
  });

  it("keeps a block comment with invalid JSON verbatim", () => {
    const source =
      '<!-- wp:acme/card {"heading":"Hola",} /-->\n<!-- wp:paragraph -->\n<p>Texto</p>\n<!-- /wp:paragraph -->';
    const doc = gutenbergAdapter.parse(source);
    expect(doc.segments.map((s) => s.text)).toEqual(["Texto"]);
    expect(doc.reassemble(new Map([["1", "Text"]]))).toBe(source.replace("Texto", "Text"));
  });

  it("translates freeform HTML between blocks and names the innermost block in the context", () => {
    const source =
      '<p>Libre</p>\n<!-- wp:group -->\n<div class="wp-block-group"><!-- wp:heading -->\n<h2>Título</h2>\n<!-- /wp:heading --></div>\n<!-- /wp:group -->';
    expect(gutenbergAdapter.parse(source).segments.map((s) => [s.context, s.text])).toEqual([
      ["p", "Libre"],
      ["core/heading>h2", "Título"],
    ]);
  });

  it("accepts a translation that reorders inline markup inside a block", () => {
    const source =
      '<!-- wp:paragraph -->\n<p>Compra <strong>hoy</strong> con <a href="/x">envío gratis</a></p>\n<!-- /wp:paragraph -->';
    const doc = gutenbergAdapter.parse(source);
    expect(doc.reassemble(new Map([["1", "⟨2⟩Free shipping⟨/2⟩ if you buy ⟨1⟩today⟨/1⟩"]]))).toBe(
      '<!-- wp:paragraph -->\n<p><a href="/x">Free shipping</a> if you buy <strong>today</strong></p>\n<!-- /wp:paragraph -->',
    );
  });

  it("checks a result against WordPress's parser and names where it breaks", () => {
    const source =
      '<!-- wp:paragraph -->\n<p>Hola</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:acme/card {"title":"Hola","id":3} /-->';
    expect(() =>
      checkGutenbergStructure(source, source.replace("Hola</p>", "Hi</p>").replace('"Hola"', '"Hi"')),
    ).not.toThrow();
    const broken = source.replace('"id":3', '"id":4');
    expect(() => checkGutenbergStructure(source, broken)).toThrow(MarkupIntegrityError);
    try {
      checkGutenbergStructure(source, broken);
    } catch (error) {
      expect(error).toMatchObject({ format: "gutenberg", offset: broken.indexOf("<!-- wp:acme/card") });
    }
    expect(() => checkGutenbergStructure(source, source.replace("<p>Hola</p>", "<p><b>Hola</b></p>"))).toThrow(
      MarkupIntegrityError,
    );
  });
});
