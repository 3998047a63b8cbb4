import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markdownAdapter } from "./markdown.ts";
import { mapSegmentText } from "./placeholders.ts";

const word = fc.constantFrom(
  "Hola",
  "mundo",
  "café",
  "precio",
  "$1.299",
  "50%",
  "&amp;",
  "AT&T",
  "\\*literal\\*",
  "a_b",
  "¿Qué?",
  "ñandú",
  "(nota)",
  "1.",
  "#tag",
);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(" "));
const inline = fc.oneof(
  words,
  words.map((w) => `*${w}*`),
  words.map((w) => `**${w}**`),
  words.map((w) => `_${w}_`),
  fc
    .tuple(words, fc.constantFrom("https://example.com/a_b?x=1&y=2", "/ruta", "<https://example.com/x y>"))
    .map(([w, url]) => `[${w}](${url})`),
  words.map((w) => `[${w}](https://example.com "Título")`),
  fc.constantFrom(
    "`npm install`",
    "``a ` b``",
    "<span>",
    "</span>",
    "![foto del producto](img.png)",
    "<https://example.com>",
  ),
  words.map((w) => `**${w} [enlace](/x)**`),
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
const paragraph = fc.array(line, { minLength: 1, maxLength: 2 }).map((lines) => lines.join("\n"));
const block = fc.oneof(
  paragraph,
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([depth, text]) => `${"#".repeat(depth)} ${text}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join("\n")),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, i) => `${i + 1}. ${item}`).join("\n")),
  paragraph.map((text) => `> ${text.replaceAll("\n", "\n> ")}`),
  fc.tuple(words, words).map(([a, b]) => `> ${a}\n> ${b}\n>\n> ${a}`),
  fc.tuple(words, words).map(([a, b]) => `- ${a}\n  ${b}\n- ${b}`),
  words.map((w) => `> <span>\n> ${w}`),
  fc.tuple(line, line).map(([a, b]) => `| Producto | Precio |\n| :--- | ---: |\n| ${a} | ${b} |\n| ~~${b}~~ | 10 € |`),
  fc.constantFrom(
    "```js\nconst precio = 10; // Hola\n```",
    "    indented code",
    "<div>\nHola <b>html</b>\n</div>",
    "---",
  ),
  fc.constantFrom('[ref]: https://example.com/ref "Ref"'),
);
const document = fc
  .array(fc.tuple(block, fc.constantFrom("\n\n", "\n\n\n")), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([body, gap]) => body + gap).join(""));

describe("Markdown round trips", () => {
  it("gives the source back byte for byte with an identity translation", () => {
    fc.assert(
      fc.property(document, (source) => {
        const doc = markdownAdapter.parse(source);
        expect(doc.reassemble(new Map())).toBe(source);
        expect(doc.reassemble(new Map(doc.segments.map((s) => [s.id, s.text])))).toBe(source);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("keeps the tree when every segment is transformed and re-parses to the translated segments", () => {
    fc.assert(
      fc.property(document, (source) => {
        const doc = markdownAdapter.parse(source);
        // Word by word, so spacing around emphasis stays as the source had it (CommonMark's flanking rules).
        const shout = (part: string) => part.replace(/\S+/g, (w) => `${w.toUpperCase()}*_[#]<&>x`);
        const translations = new Map(doc.segments.map((s) => [s.id, mapSegmentText(s.text, shout)]));
        const again = markdownAdapter.parse(doc.reassemble(translations));
        expect(again.segments.map((s) => s.text)).toEqual([...translations.values()]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
