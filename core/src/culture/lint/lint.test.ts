import { describe, expect, it } from "vitest";
import { defaultCultureData } from "../data.ts";
import { createCultureEngine } from "../engine.ts";
import { cleanCopy } from "../fixtures/clean-copy.ts";
import { testAvoid, testLexicon } from "../fixtures/test-lexicon.ts";
import { lint } from "../index.ts";
import type { Finding, LintRule } from "./types.ts";

const engine = createCultureEngine({ ...defaultCultureData(), lexicon: testLexicon, avoid: testAvoid });

const rules = (findings: readonly Finding[]) => findings.map((finding) => finding.rule);
const spans = (text: string, findings: readonly Finding[]) =>
  findings.map((f) => [f.rule, text.slice(f.start, f.end), f.suggestion]);

describe("lint rules, each on its own examples", () => {
  it("lexicon.other-variant: another market's word, with the agreeing fix", () => {
    const text = "Compra un ordenador nuevo.";
    expect(spans(text, engine.lint(text, "es-MX"))).toEqual([
      ["lexicon.other-variant", "un ordenador nuevo", "una computadora nueva"],
    ]);
    expect(engine.lint("Lleva tu remera.", "es-CL").map((f) => f.suggestion)).toEqual(["polera"]);
  });

  it("lexicon.other-variant: a multi-word term is read whole, never by a word inside it", () => {
    expect(engine.lint("Escribinos un correo electrónico.", "es-AR")).toEqual([]);
    expect(spans("Escríbenos un mail.", engine.lint("Escríbenos un mail.", "es-MX"))).toEqual([
      ["lexicon.other-variant", "mail", "correo electrónico"],
    ]);
    const text = "Agrega el producto al carro de compras.";
    expect(spans(text, lint(text, "es-MX"))).toEqual([["lexicon.other-variant", "carro de compras", "carrito"]]);
  });

  it("lexicon.avoid: a word offensive in the market, any inflection", () => {
    const text = "Coge tu pedido en la tienda.";
    const findings = engine.lint(text, "es-MX").filter((f) => f.rule === "lexicon.avoid");
    expect(spans(text, findings)).toEqual([["lexicon.avoid", "Coge", "Toma"]]);
    expect(findings[0]?.severity).toBe("error");
    expect(engine.lint(text, "es-ES").filter((f) => f.rule === "lexicon.avoid")).toEqual([]);
  });

  it("lexicon.avoid: in Brazil, European Portuguese words and ones offensive there (bundled data)", () => {
    const text = "Garanta já o seu Telemóvel e entre na bicha.";
    expect(spans(text, lint(text, "pt-BR"))).toEqual([
      ["lexicon.avoid", "Telemóvel", "Celular"],
      ["lexicon.avoid", "bicha", "fila"],
    ]);
    expect(lint(text, "pt-BR").map((finding) => finding.severity)).toEqual(["warning", "error"]);
  });

  it("address.mixed: tú with vos", () => {
    const text = "Tenés envío gratis y puedes pagar en cuotas.";
    expect(spans(text, engine.lint(text, "es-AR"))).toEqual([["address.mixed", "puedes", "podés"]]);
  });

  it("address.mixed: tú with usted", () => {
    const text = "Regístrese hoy. Tienes envío gratis.";
    const found = engine.lint(text, "es-MX").filter((f) => f.rule === "address.mixed");
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(["Regístrese"]);
  });

  it("address.vosotros: vosotros outside Spain, fixed to ustedes", () => {
    const text = "¿Queréis ahorrar? Comprad ahora y apuntaos.";
    expect(spans(text, engine.lint(text, "es-CO"))).toEqual([
      ["address.vosotros", "Queréis", "Quieren"],
      ["address.vosotros", "Comprad", "Compren"],
      ["address.vosotros", "apuntaos", "apúntense"],
    ]);
    expect(engine.lint(text, "es-ES")).toEqual([]);
  });

  it("address.vosotros: past tenses too, fixed to ustedes", () => {
    const text = "¿Ya comprasteis vuestras entradas? Las habéis elegido bien.";
    expect(spans(text, engine.lint(text, "es-MX"))).toEqual([
      ["address.vosotros", "comprasteis", "compraron"],
      ["address.vosotros", "vuestras", "sus"],
      ["address.vosotros", "habéis", "han"],
    ]);
  });

  it("address.vosotros: the imperfect too; the tú imperfect is also the vos one", () => {
    const text = "Antes ibais a la tienda y comprabais allí.";
    expect(spans(text, engine.lint(text, "es-MX"))).toEqual([
      ["address.vosotros", "ibais", "iban"],
      ["address.vosotros", "comprabais", "compraban"],
    ]);
    expect(engine.lint("Antes comprabas en la tienda; ahora comprás desde casa.", "es-AR")).toEqual([]);
  });

  it("address.market-form: tú copy in Argentina (info) and formal pieces", () => {
    const text = "Tienes envío gratis.";
    expect(engine.lint(text, "es-AR").map((f) => [f.rule, f.severity, f.suggestion])).toEqual([
      ["address.market-form", "info", "Tenés"],
    ]);
    expect(engine.lint(text, "es-MX")).toEqual([]);
    expect(rules(engine.lint(text, "es-MX", { address: "usted" }))).toEqual(["address.market-form"]);
  });

  it("format.number: separators of another market", () => {
    const text = "Precio: $1.299,50.";
    const expected = new Intl.NumberFormat("es-MX", { style: "currency", currency: "MXN" }).format(1299.5);
    expect(spans(text, engine.lint(text, "es-MX"))).toEqual([["format.number", "$1.299,50", expected]]);
    expect(engine.lint("Precio: $1,299.50.", "es-MX")).toEqual([]);
    expect(rules(engine.lint("Ahorrá 15.5%.", "es-AR"))).toEqual(["format.number"]);
    expect(engine.lint("versión 2.0", "es-AR")).toEqual([]);
  });

  it("format.foreign-currency: a price the market does not pay in", () => {
    expect(rules(engine.lint("Solo 1.299,50 €.", "es-MX"))).toEqual(["format.foreign-currency"]);
    expect(engine.lint("Solo USD 20.", "es-PA")).toEqual([]);
  });

  it("format.date-order: a date only readable in another order", () => {
    const text = "Válido hasta el 11/28/2025.";
    expect(spans(text, engine.lint(text, "es-MX"))).toEqual([["format.date-order", "11/28/2025", "28/11/2025"]]);
    expect(rules(engine.lint("Hasta el 28/11/2025.", "es-PR"))).toEqual(["format.date-order"]);
    expect(engine.lint("Hasta el 05/06/2025.", "es-MX")).toEqual([]);
  });

  it("payment.idiom: another market's payment phrase", () => {
    const text = "Paga a 12 meses sin intereses.";
    expect(rules(engine.lint(text, "es-AR"))).toContain("payment.idiom");
    expect(engine.lint(text, "es-MX")).toEqual([]);
    expect(rules(engine.lint("Compra con MSI.", "es-CO"))).toEqual(["payment.idiom"]);
    expect(rules(engine.lint("Paga con Pix.", "es-MX"))).toEqual([]);
  });

  it("payment.idiom: instalments suggested whole in the market's idiom, reported once", () => {
    const cuotas = "Paga en 12 cuotas sin interés.";
    expect(spans(cuotas, engine.lint(cuotas, "es-MX"))).toEqual([
      ["payment.idiom", "en 12 cuotas sin interés", "a 12 meses sin intereses"],
    ]);
    expect(engine.repair(cuotas, "es-MX", engine.lint(cuotas, "es-MX")).text).toBe("Paga a 12 meses sin intereses.");
    // Each rule still reports it on its own.
    expect(spans(cuotas, engine.lint(cuotas, "es-MX", { disable: ["payment.idiom"] }))).toEqual([
      ["lexicon.other-variant", "sin interés", "sin intereses"],
    ]);
    const msi = "Pagá a 12 meses sin intereses o con 6 MSI.";
    expect(spans(msi, engine.lint(msi, "es-AR"))).toEqual([
      ["payment.idiom", "a 12 meses sin intereses", "en 12 cuotas sin interés"],
      ["payment.idiom", "6 MSI", "6 cuotas sin interés"],
    ]);
    // Where the market has no interest-free phrase (es-GT says "en cuotas"), the payment finding offers no fix that
    // would drop the promise ("en 12 en cuotas" before); the lexicon's fix stays, and repair keeps the sentence whole.
    expect(spans(cuotas, engine.lint(cuotas, "es-GT"))).toEqual([
      ["payment.idiom", "cuotas sin interés", undefined],
      ["lexicon.other-variant", "sin interés", "sin intereses"],
    ]);
    expect(engine.repair(cuotas, "es-GT", engine.lint(cuotas, "es-GT")).text).toBe("Paga en 12 cuotas sin intereses.");
    // "sin interés" outside an instalments phrase is the lexicon's alone.
    const financed = "Compra financiada sin interés.";
    expect(spans(financed, engine.lint(financed, "es-MX"))).toEqual([
      ["lexicon.other-variant", "sin interés", "sin intereses"],
    ]);
  });

  it("language.mismatch: Spanish copy for Brazil and Portuguese copy for a Spanish market, not a short name", () => {
    const spanish =
      "Compra hoy tu celular con envío gratis y paga en cuotas. Nuestro equipo te ayuda a elegir el mejor.";
    const portuguese =
      "Compre hoje o seu celular com frete grátis e pague em até 10x. Nossa equipe ajuda você a escolher.";
    const mismatch = (text: string, locale: string) =>
      engine.lint(text, locale).filter((finding) => finding.rule === "language.mismatch");
    expect(mismatch(spanish, "pt-BR")).toMatchObject([{ severity: "error", start: 0, end: spanish.length }]);
    expect(mismatch(spanish, "pt-BR")[0]?.message).toContain("reads as Spanish");
    expect(mismatch(portuguese, "es-MX")[0]?.message).toContain("reads as Portuguese");
    expect(mismatch(spanish, "es-MX")).toEqual([]);
    expect(mismatch(portuguese, "pt-BR")).toEqual([]);
    // Too little to judge: a product name, a Spanish brand name quoted in Portuguese copy.
    expect(mismatch("Tenis Nike Air con amortiguación", "pt-BR")).toEqual([]);
    expect(mismatch('Conheça a linha "Sol y Sombra" com frete grátis para todo o Brasil.', "pt-BR")).toEqual([]);
  });

  it("runs plugged-in rule sets and honours disable", () => {
    const claims: LintRule = {
      id: "claims.superlative",
      description: "Unprovable superlatives.",
      check: ({ text }) => {
        const at = text.indexOf("el mejor");
        return at < 0
          ? []
          : [{ rule: "claims.superlative", severity: "warning", message: "Prove it.", start: at, end: at + 8 }];
      },
    };
    const text = "El ordenador es el mejor del mercado.";
    expect(rules(engine.lint(text, "es-MX", { rules: [claims] }))).toEqual([
      "lexicon.other-variant",
      "claims.superlative",
    ]);
    expect(rules(engine.lint(text, "es-MX", { rules: [claims], disable: ["lexicon.other-variant"] }))).toEqual([
      "claims.superlative",
    ]);
  });
  it("gives plugged-in rules the tokens as objects, or as the compact stream the built-in rules read", () => {
    const seen: string[][] = [];
    const words: LintRule = {
      id: "test.words",
      description: "Records the words it is given.",
      check: ({ tokens, stream }) => {
        seen.push(tokens.filter((token) => token.kind === "word").map((token) => token.lower));
        const fromStream: string[] = [];
        for (let i = 0; i < stream.length; i++) if (stream.isWord(i)) fromStream.push(stream.lower(i));
        seen.push(fromStream);
        return [];
      },
    };
    engine.lint("Compra el <b>Ordenador</b> hoy.", "es-MX", { rules: [words] });
    expect(seen).toEqual([
      ["compra", "el", "ordenador", "hoy"],
      ["compra", "el", "ordenador", "hoy"],
    ]);
  });
});

describe("repair", () => {
  it("applies what can be fixed and returns the rest", () => {
    const text = "Comprad un ordenador nuevo por 1.299,50 € y coge tu pedido.";
    const findings = engine.lint(text, "es-MX");
    const repaired = engine.repair(text, "es-MX", findings);
    expect(repaired.text).toBe("Compren una computadora nueva por 1.299,50 € y toma tu pedido.");
    expect(rules(repaired.remaining)).toContain("format.foreign-currency");
    expect(
      rules(engine.lint(repaired.text, "es-MX")).filter((rule) => rule !== "format.foreign-currency"),
    ).not.toContain("lexicon.other-variant");
  });
});

describe("no false positives on clean copy (bundled data)", () => {
  for (const [locale, sentences] of Object.entries(cleanCopy)) {
    it(`${locale}: ${sentences.length} sentences raise nothing`, () => {
      expect(sentences.length).toBeGreaterThanOrEqual(50);
      const flagged = sentences.flatMap((sentence) =>
        spans(sentence, lint(sentence, locale)).map((f) => `${sentence} → ${JSON.stringify(f)}`),
      );
      expect(flagged).toEqual([]);
    });
  }
});
