import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MarkupIntegrityError } from "./errors.ts";
import { mapSegmentText } from "./placeholders.ts";
import { richTextAdapter } from "./rich-text.ts";
import { textAdapter } from "./text.ts";

const sentence = fc.constantFrom(
  "Hola mundo.",
  "Precio: $99",
  "  sangría",
  "línea\ncontinua",
  "¿Qué tal?",
  "日本語",
  "1234",
  "***",
);
const separator = fc.constantFrom("\n\n", "\n \n", "\r\n\r\n", "\n\n\n\t", "\n");
const plain = fc
  .tuple(fc.constantFrom("", "\n", "  "), fc.array(fc.tuple(sentence, separator), { minLength: 1, maxLength: 6 }))
  .map(([lead, parts]) => lead + parts.map(([s, sep]) => s + sep).join(""));

describe("plain text round trips", () => {
  it("keeps whitespace exactly and re-splits into the same paragraphs", () => {
    fc.assert(
      fc.property(plain, (source) => {
        const doc = textAdapter.parse(source);
        expect(doc.reassemble(new Map())).toBe(source);
        const translations = new Map(doc.segments.map((s) => [s.id, s.text.toUpperCase()]));
        const output = doc.reassemble(translations);
        expect(textAdapter.parse(output).segments.map((s) => s.text)).toEqual([...translations.values()]);
        expect(output.replace(/\S+/g, "")).toBe(source.replace(/\S+/g, ""));
      }),
    );
  });

  it("refuses a translation that adds a paragraph", () => {
    const doc = textAdapter.parse("Uno.\n\nDos.");
    expect(() => doc.reassemble(new Map([["1", "One.\n\nExtra."]]))).toThrow(MarkupIntegrityError);
  });
});

const leafText = fc.string({
  unit: fc.constantFrom("a", "Ñ", "é", " ", '"', "\\", "/", "\n", "<", "&", "😀", "1"),
  minLength: 1,
  maxLength: 12,
});
const shopifyLeaf = fc
  .tuple(leafText, fc.boolean())
  .map(([value, bold]) => (bold ? { type: "text", value, bold: true } : { type: "text", value }));
const shopify = fc
  .array(
    fc.oneof(
      fc.array(shopifyLeaf, { minLength: 1, maxLength: 3 }).map((children) => ({ type: "paragraph", children })),
      fc
        .array(shopifyLeaf, { minLength: 1, maxLength: 2 })
        .map((children) => ({ type: "heading", level: 2, children })),
      fc.array(shopifyLeaf, { minLength: 1, maxLength: 2 }).map((children) => ({
        type: "list",
        listType: "unordered",
        children: [{ type: "list-item", children }],
      })),
      shopifyLeaf.map((leaf) => ({
        type: "paragraph",
        children: [{ type: "link", url: "https://example.com/a", title: null, children: [leaf] }],
      })),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((children) => ({ type: "root", children }));
const strapiLeaf = fc
  .tuple(leafText, fc.boolean())
  .map(([text, code]) => (code ? { type: "text", text, code: true } : { type: "text", text }));
const strapi = fc.array(
  fc.oneof(
    fc.array(strapiLeaf, { minLength: 1, maxLength: 3 }).map((children) => ({ type: "paragraph", children })),
    fc.array(strapiLeaf, { minLength: 1, maxLength: 2 }).map((children) => ({ type: "heading", level: 3, children })),
    leafText.map((text) => ({ type: "code", language: "js", children: [{ type: "text", text }] })),
    leafText.map((alternativeText) => ({
      type: "image",
      image: { url: "/uploads/a.jpg", alternativeText, width: 10 },
      children: [{ type: "text", text: "" }],
    })),
  ),
  { minLength: 1, maxLength: 4 },
);
const indent = fc.constantFrom<number | string | undefined>(undefined, 2, 4, "\t");

describe("rich-text JSON round trips", () => {
  it("keeps key order, indentation and escapes, and changes only text leaves", () => {
    fc.assert(
      fc.property(fc.oneof(shopify, strapi), indent, (tree: unknown, space) => {
        const source = JSON.stringify(tree, null, space);
        const doc = richTextAdapter.parse(source);
        expect(doc.reassemble(new Map())).toBe(source);
        const translations = new Map(
          doc.segments.map((s) => [s.id, mapSegmentText(s.text, (p) => `${p.toUpperCase()}!`)]),
        );
        const output = doc.reassemble(translations);
        // Same layout as the source: only string literals of text leaves changed.
        expect(JSON.stringify(JSON.parse(output), null, space)).toBe(output);
        expect(richTextAdapter.parse(output).segments.map((s) => s.text)).toEqual([...translations.values()]);
      }),
    );
  });

  it("follows the source's escaping style for non-ASCII and slashes", () => {
    const source =
      '{"type":"root","children":[{"type":"paragraph","children":[{"type":"text","value":"Caf\\u00e9 a\\/b"}]}]}';
    const doc = richTextAdapter.parse(source);
    expect(doc.segments.map((s) => s.text)).toEqual(["Café a/b"]);
    expect(doc.reassemble(new Map([["1", "Té y/o café"]]))).toBe(
      source.replace("Caf\\u00e9 a\\/b", "T\\u00e9 y\\/o caf\\u00e9"),
    );
  });
});
