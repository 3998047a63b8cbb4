import { describe, expect, it } from "vitest";
import { SegmentTranslationError } from "./errors.ts";
import { richTextAdapter, richTextDialect } from "./rich-text.ts";

const shopify = (children: unknown[]) => JSON.stringify({ type: "root", children: [{ type: "paragraph", children }] });
const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: "text", value, ...extra });

describe("rich-text JSON adapter", () => {
  it("makes a paragraph one segment, with formatted runs and links as placeholders", () => {
    const source = shopify([
      text("Compra "),
      text("hoy", { bold: true }),
      text(" en "),
      { type: "link", url: "https://example.com", title: null, children: [text("la tienda")] },
    ]);
    const doc = richTextAdapter.parse(source);
    expect(doc.segments.map((s) => [s.text, s.placeholders])).toEqual([
      [
        "Compra ⟨1⟩hoy⟨/1⟩ en ⟨2⟩la tienda⟨/2⟩",
        [
          { n: 1, paired: true, name: "bold" },
          { n: 2, paired: true, name: "link" },
        ],
      ],
    ]);
    const output = JSON.parse(doc.reassemble(new Map([["1", "Buy ⟨1⟩today⟨/1⟩ at ⟨2⟩the shop⟨/2⟩"]])));
    expect(output.children[0].children.map((c: { value?: string }) => c.value)).toEqual([
      "Buy ",
      "today",
      " at ",
      undefined,
    ]);
    expect(output.children[0].children[3]).toEqual({
      type: "link",
      url: "https://example.com",
      title: null,
      children: [text("the shop")],
    });
  });

  it("refuses a translation that moves formatted runs, since JSON cannot reorder them", () => {
    const doc = richTextAdapter.parse(
      shopify([text("a "), text("b", { bold: true }), text(" c "), text("d", { italic: true })]),
    );
    expect(() => doc.reassemble(new Map([["1", "⟨2⟩D⟨/2⟩ A ⟨1⟩B⟨/1⟩ C"]]))).toThrow(SegmentTranslationError);
  });

  it("puts text the source had no leaf for into the previous leaf, and empties leaves the translation dropped", () => {
    const doc = richTextAdapter.parse(shopify([text("x", { bold: true }), text("y", { italic: true }), text(" fin")]));
    expect(doc.segments[0]?.text).toBe("⟨1⟩x⟨/1⟩⟨2⟩y⟨/2⟩ fin");
    const output = JSON.parse(doc.reassemble(new Map([["1", "Antes ⟨1⟩X⟨/1⟩ y ⟨2⟩Y⟨/2⟩"]])));
    expect(output.children[0].children.map((c: { value: string }) => c.value)).toEqual(["Antes X y ", "Y", ""]);
  });

  it("keeps inline code leaves and code blocks as they are", () => {
    const source = JSON.stringify([
      {
        type: "paragraph",
        children: [
          { type: "text", text: "Usa " },
          { type: "text", text: "npm ci", code: true },
          { type: "text", text: " ya" },
        ],
      },
      { type: "code", children: [{ type: "text", text: "echo hola" }] },
    ]);
    const doc = richTextAdapter.parse(source);
    expect(doc.segments.map((s) => s.text)).toEqual(["Usa ⟨1/⟩ ya"]);
    expect(JSON.parse(doc.reassemble(new Map([["1", "Run ⟨1/⟩ now"]])))).toEqual([
      {
        type: "paragraph",
        children: [
          { type: "text", text: "Run " },
          { type: "text", text: "npm ci", code: true },
          { type: "text", text: " now" },
        ],
      },
      { type: "code", children: [{ type: "text", text: "echo hola" }] },
    ]);
  });

  it("recognises the two dialects and nothing else", () => {
    expect(richTextDialect({ type: "root", children: [] })).toBe("shopify");
    expect(richTextDialect([{ type: "paragraph", children: [] }])).toBe("strapi");
    expect(richTextDialect({ type: "doc", content: [] })).toBeNull();
    expect(() => richTextAdapter.parse("{not json")).toThrow(/cannot parse rich-text/);
  });
});
