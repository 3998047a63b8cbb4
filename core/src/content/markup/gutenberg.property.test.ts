import { parse as parseBlocks } from "@wordpress/block-serialization-default-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGutenbergAdapter } from "./gutenberg.ts";
import { mapSegmentText } from "./placeholders.ts";
import { serializeAttributeString } from "./wordpress-json.ts";

type Block = ReturnType<typeof parseBlocks>[number];

const adapter = createGutenbergAdapter({ plainTextAttributes: ["tagline"] });

const phrase = fc.constantFrom(
  "Hola mundo",
  "Ofertas -- hoy",
  "Tom & Jerry",
  "a < b > c",
  'Dice "sí"',
  "Barra \\ invertida",
  "Precio: $99",
  "<!-- no -->",
  "café ñ",
  "",
);
const inlineHtml = fc.constantFrom(
  "Compra <strong>ya</strong>",
  "Hola <em>mundo</em> &amp; más",
  'Ver <a href="/x?a=1&amp;b=2">oferta</a><br>hoy',
  "Texto simple",
  "<code>npm i</code> primero",
);
/** A JSON string as WordPress writes it, or as a hand-written export might (only `"` and `\` escaped). */
const attributeString = (value: fc.Arbitrary<string>) =>
  fc
    .tuple(value, fc.boolean())
    .map(([text, wordpress]) => (wordpress ? serializeAttributeString(text) : JSON.stringify(text)));

const paragraph = inlineHtml.map((html) => `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`);
const heading = fc
  .tuple(fc.integer({ min: 2, max: 4 }), inlineHtml)
  .map(
    ([level, html]) =>
      `<!-- wp:heading {"level":${level}} -->\n<h${level} class="wp-block-heading">${html}</h${level}>\n<!-- /wp:heading -->`,
  );
const image = fc
  .tuple(phrase, inlineHtml)
  .map(
    ([alt, caption]) =>
      `<!-- wp:image {"id":7,"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="https://example.com/a.jpg" alt="${alt.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}" class="wp-image-7"/><figcaption class="wp-element-caption">${caption}</figcaption></figure>\n<!-- /wp:image -->`,
  );
const custom = fc
  .tuple(attributeString(phrase), attributeString(inlineHtml), attributeString(phrase), fc.boolean())
  .map(
    ([title, content, tagline, spaced]) =>
      `<!-- wp:acme/hero {"title":${title},"content":${content},"tagline":${tagline},"url":"https://example.com/?a=1\\u0026b=2","count":3,"items":[{"label":${title}}]}${spaced ? "  " : " "}/-->`,
  );

const { block } = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    paragraph,
    heading,
    image,
    custom,
    fc
      .array(tie("block"), { minLength: 1, maxLength: 3 })
      .map(
        (inner) =>
          `<!-- wp:group {"layout":{"type":"constrained"}} -->\n<div class="wp-block-group">${inner.join("\n\n")}</div>\n<!-- /wp:group -->`,
      ),
    fc
      .array(fc.array(tie("block"), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
      .map(
        (columns) =>
          `<!-- wp:columns -->\n<div class="wp-block-columns">${columns
            .map(
              (inner) =>
                `<!-- wp:column -->\n<div class="wp-block-column">${inner.join("\n\n")}</div>\n<!-- /wp:column -->`,
            )
            .join("\n\n")}</div>\n<!-- /wp:columns -->`,
      ),
  ),
}));
const post = fc
  .array(fc.tuple(block, fc.constantFrom("\n\n", "\n", "\n\n<p>Freeform HTML</p>\n\n")), { minLength: 1, maxLength: 5 })
  .map((blocks) => blocks.map(([body, gap]) => body + gap).join(""));

/** Block names, attribute keys and nesting: what WordPress needs to find the same blocks again. */
function outline(blocks: readonly Block[]): unknown[] {
  return blocks.map((b) => [b.blockName, Object.keys(b.attrs ?? {}), outline(b.innerBlocks)]);
}

describe("Gutenberg round trips", () => {
  it("gives the source back byte for byte with an identity translation", () => {
    fc.assert(
      fc.property(post, (source) => {
        const doc = adapter.parse(source);
        expect(doc.reassemble(new Map())).toBe(source);
        expect(doc.reassemble(new Map(doc.segments.map((s) => [s.id, s.text])))).toBe(source);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("keeps block names, attribute keys and nesting when every segment is transformed", () => {
    fc.assert(
      fc.property(post, (source) => {
        const doc = adapter.parse(source);
        const translations = new Map(
          doc.segments.map((s) => [s.id, mapSegmentText(s.text, (p) => `${p.toUpperCase()} -- <&> "\\"`)]),
        );
        const output = doc.reassemble(translations);
        expect(outline(parseBlocks(output))).toEqual(outline(parseBlocks(source)));
        const again = adapter.parse(output);
        expect(again.segments.map((s) => s.text)).toEqual([...translations.values()]);
        for (const delimiter of output.matchAll(/<!-- wp:[\s\S]*?-->/g))
          expect(delimiter[0].slice(4, -3)).not.toMatch(/--|[<>&]/);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe("serializeAttributeString", () => {
  it("escapes as WordPress's serialize_block_attributes does", () => {
    expect(serializeAttributeString('a -- <b> & "c" \\ d/é')).toBe(
      '"a \\u002d\\u002d \\u003cb\\u003e \\u0026 \\u0022c\\u0022 \\u005c d/é"',
    );
    expect(JSON.parse(serializeAttributeString('x--y<>&"\\'))).toBe('x--y<>&"\\');
  });
});
