import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlAdapter } from "./html.ts";
import { mapSegmentText, tokenizePlaceholders } from "./placeholders.ts";

const word = fc.constantFrom(
  "Hola",
  "mundo",
  "café",
  "Ñandú",
  "precio",
  "$1.299",
  "50%",
  "&amp;",
  "&lt;3",
  "&#233;",
  "&eacute;",
  "&nbsp;",
  "&",
  "a<b",
  '"citas"',
  "'apóstrofo'",
  "—",
  "¿Qué?",
  "⟨1⟩",
  "日本",
);
const text = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .chain((words) => fc.constantFrom(" ", "\n  ", "").map((space) => words.join(" ") + space));
const quotedValue = fc.constantFrom(
  '"Ver más"',
  "'Foto \"linda\"'",
  '"a &quot;b&quot; &amp; c"',
  "sin-comillas",
  '""',
  "'it&#39;s'",
  '"123"',
);
const attribute = fc
  .tuple(fc.constantFrom("title", "class", "alt", "data-x", "aria-label", "href"), quotedValue)
  .map(([name, value]) => ` ${name}=${value}`);
const attributes = fc.array(attribute, { maxLength: 2 }).map((list) => list.join(""));

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    fc.constantFrom(
      "<br>",
      "<br/>",
      '<img src="a.png" alt="Una foto">',
      "<wbr>",
      "<!-- nota -->",
      "<code>x &lt; y</code>",
    ),
    fc
      .tuple(
        fc.constantFrom("a", "strong", "em", "b", "i", "span", "sup", "sub", "small"),
        attributes,
        fc.array(tie("inline"), { maxLength: 3 }),
      )
      .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join("")}</${tag}>`),
    fc.array(tie("inline"), { maxLength: 2 }).map((children) => `<span translate="no">${children.join("")}</span>`),
  ),
}));

const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(""));
const block = fc.oneof(
  fc
    .tuple(fc.constantFrom("p", "h2", "li", "td", "blockquote", "figcaption"), attributes, paragraph)
    .map(([tag, attrs, body]) => `<${tag}${attrs}>${body}</${tag}>`),
  paragraph.map((body) => `<ul>\n  <li>${body}</li>\n  <li>${body}</li>\n</ul>`),
  paragraph.map((body) => `<table><tr><th>${body}</th><td>${body}</td></tr></table>`),
  fc.constantFrom(
    '<script>var s = "<p>Hola</p>";</script>',
    "<style>p::after { content: 'Hola' }</style>",
    "<pre>Hola <b>mundo</b></pre>",
    '<div translate="no"><p>Marca</p></div>',
    "<hr>",
    "<!-- comentario -->",
  ),
  paragraph,
);
const document = fc
  .array(fc.tuple(block, fc.constantFrom("", "\n", "\n\n  ")), { minLength: 1, maxLength: 6 })
  .map((blocks) => blocks.map(([body, space]) => body + space).join(""));

const shout = (part: string) => `${part.toUpperCase()} Ñ&<X>"'`;

/** Reverses the top-level pieces of a segment (text and whole placeholder pairs): a legal reordering. */
function reverseTopLevel(text: string): string {
  const chunks: string[] = [];
  let depth = 0;
  let current = "";
  for (const part of tokenizePlaceholders(text)) {
    if (typeof part === "string") current += part;
    else {
      current += text.slice(part.start, part.end);
      depth += part.type === "open" ? 1 : part.type === "close" ? -1 : 0;
    }
    if (depth === 0) {
      chunks.push(current);
      current = "";
    }
  }
  return [...chunks, current].reverse().join("");
}

describe("HTML round trips", () => {
  it("gives the source back byte for byte with an identity translation", () => {
    fc.assert(
      fc.property(document, (source) => {
        const doc = htmlAdapter.parse(source);
        expect(doc.reassemble(new Map())).toBe(source);
        expect(doc.reassemble(new Map(doc.segments.map((s) => [s.id, s.text])))).toBe(source);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("keeps the skeleton when every segment is transformed and re-parses to the translated segments", () => {
    fc.assert(
      fc.property(document, (source) => {
        const doc = htmlAdapter.parse(source);
        const translations = new Map(doc.segments.map((s) => [s.id, mapSegmentText(s.text, shout)]));
        const output = doc.reassemble(translations);
        const again = htmlAdapter.parse(output);
        expect(again.segments.map((s) => s.text)).toEqual([...translations.values()]);
        expect(again.segments.map((s) => [s.kind, s.context, s.placeholders])).toEqual(
          doc.segments.map((s) => [s.kind, s.context, s.placeholders]),
        );
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("accepts translations that reorder the inline markup of a sentence", () => {
    fc.assert(
      fc.property(document, (source) => {
        const doc = htmlAdapter.parse(source);
        const output = doc.reassemble(new Map(doc.segments.map((s) => [s.id, reverseTopLevel(s.text)])));
        // reassemble verified the tags; a reordered pair may now wrap the whole sentence (then unwrapped).
        expect(htmlAdapter.parse(output).segments).toHaveLength(doc.segments.length);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
