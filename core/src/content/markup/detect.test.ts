import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect.ts";

describe("detectFormat", () => {
  it.each([
    ["<!-- wp:paragraph -->\n<p>Hola</p>\n<!-- /wp:paragraph -->", "gutenberg"],
    ["<p>Hola <b>mundo</b></p>", "html"],
    ["Hola<br>mundo", "html"],
    ["Tom &amp; Jerry", "html"],
    ["# Título\n\nTexto con <span>html</span>.", "markdown"],
    ["Mira [esto](https://example.com).", "markdown"],
    ["- uno\n- dos", "markdown"],
    ['{"type":"root","children":[]}', "rich-text"],
    ['[{"type":"paragraph","children":[{"type":"text","text":"Hola"}]}]', "rich-text"],
    ["[nota] al margen", "text"],
    ["Hola mundo.\n\nSegundo párrafo.", "text"],
  ])("%j is %s", (source, format) => {
    expect(detectFormat(source)).toBe(format);
  });
});
