import { describe, expect, it } from "vitest";
import { MarkupIntegrityError, SegmentTranslationError } from "./errors.ts";
import { compareSkeletons, createHtmlAdapter, htmlAdapter } from "./html.ts";

const texts = (html: string) => htmlAdapter.parse(html).segments.map((segment) => segment.text);

describe("HTML adapter", () => {
  it("keeps a sentence with inline tags as one segment with nested placeholders", () => {
    const doc = htmlAdapter.parse('<p>Hola <strong>mundo <em>feliz</em></strong>,<br>mira <a href="/x">esto</a>.</p>');
    expect(doc.segments).toEqual([
      {
        id: "1",
        text: "Hola ⟨1⟩mundo ⟨2⟩feliz⟨/2⟩⟨/1⟩,⟨3/⟩mira ⟨4⟩esto⟨/4⟩.",
        kind: "text",
        context: "p",
        placeholders: [
          { n: 1, paired: true, name: "strong" },
          { n: 2, paired: true, name: "em" },
          { n: 3, paired: false, name: "br" },
          { n: 4, paired: true, name: "a" },
        ],
      },
    ]);
  });

  it("splits at block elements and trims whitespace into the skeleton", () => {
    expect(texts("<ul>\n  <li> Uno </li>\n  <li>Dos</li>\n</ul><table><tr><td>A</td><td>1</td></tr></table>")).toEqual([
      "Uno",
      "Dos",
      "A",
      "1",
    ]);
  });

  it("makes alt, title, placeholder and aria-label segments, plus configured attributes", () => {
    const html = `<img src="a.png" alt="Foto"><input placeholder='Tu nombre'><button aria-label=Cerrar title="Cerrar">x</button>`;
    // The inline img, input and button form one sentence; their attributes follow it.
    expect(texts(html)).toEqual(["⟨1/⟩⟨2/⟩⟨3⟩x⟨/3⟩", "Foto", "Tu nombre", "Cerrar", "Cerrar"]);
    const custom = createHtmlAdapter({ attributes: ["data-tooltip"] }).parse('<span data-tooltip="Ayuda">?</span>');
    expect(custom.segments.map((s) => [s.text, s.context])).toEqual([["Ayuda", "span@data-tooltip"]]);
  });

  it("never extracts script, style, code, pre, textarea, svg or translate=no content", () => {
    const html = `<script>var t = "<p>Hola</p>";</script><style>p::after{content:"Hola"}</style><pre>Hola</pre>
<p>Corre <code>npm run build</code> ya</p><div translate="no"><p>Marca</p></div><p>Es <span translate="no">Frontier</span>.</p>
<svg><text>Hola</text></svg><textarea>Hola</textarea>`;
    expect(texts(html)).toEqual(["Corre ⟨1/⟩ ya", "Es ⟨1/⟩."]);
  });

  it("gives decoded text and re-encodes only what the context needs", () => {
    const doc = htmlAdapter.parse(
      `<p title="a &quot;b&quot;">Tom &amp; Jerry&nbsp;&eacute;</p><p title='x'>y</p><p title=z>w</p>`,
    );
    expect(doc.segments.map((s) => s.text)).toEqual(['a "b"', "Tom & Jerry\u00a0é", "x", "y", "z", "w"]);
    const out = doc.reassemble(
      new Map([
        ["1", `"1" & <2>`],
        ["2", "<b> & \u00a0"],
        ["3", "it's"],
        ["5", "a b=c"],
      ]),
    );
    expect(out).toBe(
      `<p title="&quot;1&quot; &amp; &lt;2&gt;">&lt;b&gt; &amp; &nbsp;</p><p title='it&#39;s'>y</p><p title=a&#32;b&#61;c>w</p>`,
    );
    expect(htmlAdapter.parse(out).segments.map((s) => s.text)).toEqual([
      `"1" & <2>`,
      "<b> & \u00a0",
      "it's",
      "y",
      "a b=c",
      "w",
    ]);
  });

  it("restores the original tags around a reordered translation", () => {
    const doc = htmlAdapter.parse('<p>Compra <a href="/oferta" title="Oferta">ahora</a> y <b>ahorra</b></p>');
    expect(doc.restore("1", "⟨2⟩Save⟨/2⟩ and ⟨1⟩buy now⟨/1⟩")).toBe(
      '<b>Save</b> and <a href="/oferta" title="Oferta">buy now</a>',
    );
    expect(doc.reassemble(new Map([["1", "⟨2⟩Save⟨/2⟩ and ⟨1⟩buy now⟨/1⟩"]]))).toBe(
      '<p><b>Save</b> and <a href="/oferta" title="Oferta">buy now</a></p>',
    );
    const translated = doc.reassemble(new Map([["2", "Deal"]]));
    expect(translated).toBe('<p>Compra <a href="/oferta" title="Deal">ahora</a> y <b>ahorra</b></p>');
  });

  it("turns mis-nested or unclosed inline tags into self-closing placeholders", () => {
    expect(texts("<p><b>uno <i>dos</b> tres</i> <span>cuatro</p>")).toEqual(["⟨1⟩uno ⟨2/⟩dos⟨/1⟩ tres⟨3/⟩ ⟨4/⟩cuatro"]);
  });

  it("keeps unterminated markup at the end of the document verbatim", () => {
    for (const source of [
      '<p>Hola</p><span translate="no">a<b </span> fin',
      "<p>Hola</p>a<b ",
      "<p>x</p><!-- abierto",
      "<p>y</p></b",
    ]) {
      expect(htmlAdapter.parse(source).reassemble(new Map([["1", "HOLA"]]))).toBe(source.replace(/Hola|x|y/, "HOLA"));
    }
  });

  it("protects source text that already looks like a placeholder", () => {
    const doc = htmlAdapter.parse("<p>Usa ⟨1⟩ aquí <b>ya</b></p>");
    expect(doc.segments[0]?.text).toBe("⟨1/⟩⟨2⟩ya⟨/2⟩");
    expect(doc.reassemble(new Map([["1", "⟨1/⟩⟨2⟩YA⟨/2⟩"]]))).toBe("<p>Usa ⟨1⟩ aquí <b>YA</b></p>");
  });

  it("rejects translations with broken placeholders or unknown ids", () => {
    const doc = htmlAdapter.parse("<p>Hola <b>mundo</b></p>");
    expect(() => doc.reassemble(new Map([["1", "Hello world"]]))).toThrow(SegmentTranslationError);
    expect(() => doc.reassemble(new Map([["9", "x"]]))).toThrow(/no segment with id 9/);
  });

  it("throws MarkupIntegrityError naming the offset where tags differ", () => {
    const expected = [
      { offset: 0, key: "<p>" },
      { offset: 5, key: "</p>" },
    ];
    const actual = [
      { offset: 0, key: "<p>" },
      { offset: 7, key: "<b>" },
    ];
    const error = (() => {
      try {
        compareSkeletons(expected, actual, 20);
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(MarkupIntegrityError);
    expect(error).toMatchObject({ name: "MarkupIntegrityError", code: "markup-integrity", format: "html", offset: 7 });
  });
});
