import { describe, expect, it } from "vitest";
import { scanTokens, tokenize } from "./tokenize.ts";

const kinds = (text: string) => tokenize(text).map((token) => [token.kind, token.text]);

describe("tokenize", () => {
  it("protects URLs, e-mails, placeholders, tags, printf codes, SKUs and code", () => {
    const text =
      "Ve a https://x.es/compra?a=1. o escribe a compra@tienda.es {{nombre}} ⟦Compra ya⟧ <1>Hola</1> %s SKU-123 `compra()` tienda.com";
    const protectedTexts = tokenize(text)
      .filter((token) => token.kind === "protected")
      .map((token) => token.text);
    expect(protectedTexts).toEqual([
      "https://x.es/compra?a=1",
      "compra@tienda.es",
      "{{nombre}}",
      "⟦Compra ya⟧",
      "<1>",
      "</1>",
      "%s",
      "SKU-123",
      "`compra()`",
      "tienda.com",
    ]);
  });

  it("reads prices, percentages, dates and numbers, but not numbers inside codes", () => {
    expect(kinds("1.299,50 € $1,299.50 US$ 20 15,5 % 28/11/2025 1.000 A1.299 55-1234-5678")).toEqual([
      ["money", "1.299,50 €"],
      ["money", "$1,299.50"],
      ["money", "US$ 20"],
      ["percent", "15,5 %"],
      ["date", "28/11/2025"],
      ["number", "1.000"],
      ["protected", "A1.299"],
      ["protected", "55-1234-5678"],
    ]);
  });

  it("reads one- and two-letter currency prefixes as prices, and other short words as words", () => {
    expect(kinds("Bs 100 S/ 20 RD$ 500 C$ 10 Gs. 5000 R$ 9 B/. 7 US$ 5")).toEqual([
      ["money", "Bs 100"],
      ["money", "S/ 20"],
      ["money", "RD$ 500"],
      ["money", "C$ 10"],
      ["money", "Gs. 5000"],
      ["money", "R$ 9"],
      ["money", "B/. 7"],
      ["money", "US$ 5"],
    ]);
    expect(kinds("de el su y b c r s Bs SU")).toEqual(
      ["de", "el", "su", "y", "b", "c", "r", "s", "Bs", "SU"].map((word) => ["word", word]),
    );
  });

  it("marks the words that open a clause", () => {
    const opens = tokenize("Compra hoy. ¡Ven ya! y <b>Elige</b>").map((token) => [token.text, token.clauseStart]);
    expect(opens).toContainEqual(["Compra", true]);
    expect(opens).toContainEqual(["hoy", false]);
    expect(opens).toContainEqual(["Ven", true]);
    expect(opens).toContainEqual(["ya", false]);
    expect(opens).toContainEqual(["Elige", false]);
  });

  it("reads the markup layer's placeholders as protected, and inline tags as transparent to the clause", () => {
    expect(kinds("⟨1⟩Compra⟨/1⟩ ya ⟨2/⟩")).toEqual([
      ["protected", "⟨1⟩"],
      ["word", "Compra"],
      ["protected", "⟨/1⟩"],
      ["word", "ya"],
      ["protected", "⟨2/⟩"],
    ]);
    expect(tokenize("⟨1⟩Compra⟨/1⟩ ya").find((token) => token.text === "Compra")?.clauseStart).toBe(true);
    const stream = scanTokens("el <strong>ordenador</strong> nuevo<br>listo ⟨3/⟩ ya");
    const inline = Array.from({ length: stream.length }, (_, i) => [stream.source(i), stream.inlineTag(i)]);
    expect(inline.filter(([, tag]) => tag).map(([text]) => text)).toEqual(["<strong>", "</strong>"]);
    // The word after a tag joins the phrase of the word before it, unless a line break or void element intervenes.
    expect(stream.source(stream.after(0))).toBe("ordenador");
    expect(stream.source(stream.after(2))).toBe("nuevo");
    expect(stream.after(4)).toBe(-1);
  });
});
