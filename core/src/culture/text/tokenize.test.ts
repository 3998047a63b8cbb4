import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.ts";

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

  it("marks the words that open a clause", () => {
    const opens = tokenize("Compra hoy. ¡Ven ya! y <b>Elige</b>").map((token) => [token.text, token.clauseStart]);
    expect(opens).toContainEqual(["Compra", true]);
    expect(opens).toContainEqual(["hoy", false]);
    expect(opens).toContainEqual(["Ven", true]);
    expect(opens).toContainEqual(["ya", false]);
    expect(opens).toContainEqual(["Elige", false]);
  });
});
