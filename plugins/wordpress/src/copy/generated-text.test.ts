import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeBlocks, escapeHtml, looksLikeHtml } from "./generated-text.js";

describe("describeBlocks", () => {
  it("makes one paragraph per blank-line separated chunk, as the rules provider writes them", () => {
    expect(describeBlocks("Descubrí zapatillas.\n\nPagá en cuotas.\n\nPedí hoy.")).toEqual([
      { type: "paragraph", content: "Descubrí zapatillas." },
      { type: "paragraph", content: "Pagá en cuotas." },
      { type: "paragraph", content: "Pedí hoy." },
    ]);
  });

  it("turns Markdown headings and lists into heading and list blocks", () => {
    expect(describeBlocks("# Ofertas\n- Envío gratis\n- Cuotas sin interés\n\n1. Elegí\n2. Pagá\nListo.")).toEqual([
      { type: "heading", level: 2, content: "Ofertas" },
      { type: "list", ordered: false, items: ["Envío gratis", "Cuotas sin interés"] },
      { type: "list", ordered: true, items: ["Elegí", "Pagá"] },
      { type: "paragraph", content: "Listo." },
    ]);
  });

  it("keeps single line breaks inside a paragraph and escapes markup characters", () => {
    expect(describeBlocks("Precio <especial>\r\n& envío")).toEqual([
      { type: "paragraph", content: "Precio &lt;especial&gt;<br>&amp; envío" },
    ]);
  });

  it("loses no words of plain prose", () => {
    const word = fc.stringMatching(/^[a-záéíóúñ]{1,8}$/);
    const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const blocks = describeBlocks(paragraphs.join("\n\n"));
        expect(blocks.map((block) => (block.type === "paragraph" ? block.content : ""))).toEqual(paragraphs);
      }),
    );
  });
});

describe("looksLikeHtml and escapeHtml", () => {
  it("tells HTML copy from plain text", () => {
    expect(looksLikeHtml("<p>Hola</p>")).toBe(true);
    expect(looksLikeHtml("Precio < 100 y > 50")).toBe(false);
  });

  it("escapes the characters RichText would read as markup", () => {
    expect(escapeHtml("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
  });
});
