import { UnknownMarketError } from "@frontier-ai/cultural-profiles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCultureData } from "./data.ts";
import { createCultureEngine } from "./engine.ts";
import { UnsupportedTransferError } from "./errors.ts";
import { testAvoid, testLexicon } from "./fixtures/test-lexicon.ts";
import { defaultEngine, transfer } from "./index.ts";

const engine = createCultureEngine({ ...defaultCultureData(), lexicon: testLexicon, avoid: testAvoid });
const spanish = ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-PE", "es-US", "es-UY", "es-PR", "es-CR"] as const;

// Words that rewrite: lexicon terms, second-person verb forms, address pronouns, figures.
const loaded = [
  "ordenador",
  "Móvil",
  "coche",
  "camiseta",
  "gafas",
  "palomitas",
  "Compra",
  "cómpralo",
  "tienes",
  "puedes",
  "eres",
  "ven",
  "queréis",
  "comprad",
  "vuestro",
  "tú",
  "ti",
  "contigo",
  "te",
  "os",
  "no",
  "compres",
  "regístrate",
  "1.299,50 €",
  "$1,299.50",
  "15,5 %",
  "28/11/2025",
  "1.000",
  "el",
  "la",
  "nuevo",
  "nueva",
  "y",
  "vos",
  "tenés",
  "comprá",
  "usted",
  "remera",
  "playera",
  "chamarra",
  "coge",
  "autobús",
  "conduce",
];
const sentence = (words: readonly string[]) =>
  fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(" ", " ", ", ", ". ", "! ¡", "\n")), {
      minLength: 1,
      maxLength: 14,
    })
    .map((parts) =>
      parts
        .map(([word, gap]) => word + gap)
        .join("")
        .trim(),
    );

describe("transfer properties", () => {
  it("transfer(x, a, a) is the identity", () => {
    fc.assert(
      fc.property(fc.oneof(sentence(loaded), fc.string()), fc.constantFrom(...spanish), (text, locale) => {
        const result = engine.transfer(text, locale, locale);
        expect(result.text).toBe(text);
        expect(result.adaptations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves text without lexicon terms, address forms or figures unchanged", () => {
    const neutral = [
      "la",
      "casa",
      "grande",
      "para",
      "mesa",
      "con",
      "luz",
      "natural",
      "nuestra",
      "tienda",
      "el",
      "lunes",
      "calidad",
      "precio",
      "justo",
      "envío",
      "rápido",
      "desde",
      "hoy",
      "nuevo",
      "diseño",
      "ideal",
      "verano",
      "familia",
      "Frontier",
      "colección",
      "otoño",
      "ofertas",
      "especiales",
      "cada",
      "semana",
      "sin",
      "costo",
      "extra",
    ];
    fc.assert(
      fc.property(sentence(neutral), fc.constantFrom(...spanish), fc.constantFrom(...spanish), (text, from, to) => {
        expect(engine.transfer(text, from, to).text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("never touches placeholders, URLs, e-mails, tags, codes and numbers inside codes", () => {
    const guarded = [
      "{{nombre}}",
      "⟦Compra el ordenador⟧",
      "<1>",
      "</1>",
      "%s",
      "%1$s",
      "https://tienda.es/compra-ordenador?m=1.299,50",
      "compra@ordenador.es",
      "ORD-1.299",
      "SKU2025",
      "A1.299,50",
      "`compra()`",
      "#compraYa",
      "tienda.com/coche",
    ];
    fc.assert(
      fc.property(
        sentence([...loaded, ...guarded]),
        fc.constantFrom(...spanish),
        fc.constantFrom(...spanish),
        fc.boolean(),
        (text, from, to, formal) => {
          const output = engine.transfer(text, from, to, formal ? { address: "usted" } : {}).text;
          for (const token of guarded) {
            expect(output.split(token).length).toBe(text.split(token).length);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reports each change with its span in the source", () => {
    fc.assert(
      fc.property(sentence(loaded), fc.constantFrom(...spanish), fc.constantFrom(...spanish), (text, from, to) => {
        const result = engine.transfer(text, from, to);
        for (const adaptation of result.adaptations) {
          expect(text.slice(adaptation.start, adaptation.end)).toBe(adaptation.from);
          expect(adaptation.to).not.toBe(adaptation.from);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("transfer boundaries", () => {
  it("refuses Spanish ↔ Portuguese with a typed error", () => {
    expect(() => engine.transfer("Compra hoy", "es-MX", "pt-BR")).toThrow(UnsupportedTransferError);
    try {
      engine.transfer("Compre hoje", "pt-BR", "es-AR");
    } catch (error) {
      expect(error).toBeInstanceOf(UnsupportedTransferError);
      expect((error as UnsupportedTransferError).code).toBe("UNSUPPORTED_TRANSFER");
      expect((error as UnsupportedTransferError).from).toBe("pt-BR");
    }
  });

  it("keeps pt-BR → pt-BR as it is", () => {
    const text = "Compre agora em até 10x sem juros: R$ 1.299,50.";
    expect(engine.transfer(text, "pt-BR", "pt-BR")).toEqual({ text, adaptations: [], findings: [] });
  });

  it("accepts ISO codes and market names, and rejects unknown markets", () => {
    expect(engine.transfer("Tienes un móvil.", "ES", "argentina").text).toBe("Tenés un celular.");
    expect(() => engine.transfer("Hola", "es-XX", "es-AR")).toThrow(UnknownMarketError);
  });

  it("re-formats prices only in the target's currency and reports the others", () => {
    const euro = engine.transfer("Desde 1.299,50 €.", "es-ES", "es-MX");
    expect(euro.text).toBe("Desde 1.299,50 €.");
    expect(euro.findings.map((finding) => finding.rule)).toEqual(["format.foreign-currency"]);
    const dollars = engine.transfer("Desde $1,299.50.", "es-US", "es-EC");
    const expected = new Intl.NumberFormat("es-EC", { style: "currency", currency: "USD" }).format(1299.5);
    expect(dollars.text).toBe(`Desde ${expected}.`);
    expect(dollars.findings).toEqual([]);
  });

  it("formats percentages and numbers with Intl for the target", () => {
    const result = engine.transfer("Ahorra un 15,5 % en 1.000 productos.", "es-ES", "es-MX");
    const percent = new Intl.NumberFormat("es-MX", { style: "percent", minimumFractionDigits: 1 }).format(0.155);
    expect(result.text).toBe(`Ahorra un ${percent} en 1,000 productos.`);
  });

  it("reads a noun after a noun term as its modifier, not as another term", () => {
    expect(engine.transfer("Compra un portátil nuevo.", "es-ES", "es-MX").text).toBe("Compra una laptop nueva.");
    expect(engine.transfer("El ordenador portátil nuevo.", "es-ES", "es-MX").text).toBe(
      "La computadora portátil nueva.",
    );
  });

  it("handles long texts with more changes than a call can take as arguments", () => {
    const text = "Tienes un ordenador. ".repeat(45_000);
    const result = engine.transfer(text, "es-ES", "es-AR");
    expect(result.adaptations).toHaveLength(135_000);
    expect(result.text.startsWith("Tenés una computadora. Tenés una computadora.")).toBe(true);
    expect(engine.lint(text, "es-MX").length).toBe(45_000);
  }, 60_000);

  it("reads a word the same way whatever other calls read before (verb readings are memoised across calls)", () => {
    const text = "Cómpralo hoy, queréis lo mejor: ven y recíbelo. Si tienes dudas, escríbenos.";
    const fresh = () => createCultureEngine({ ...defaultCultureData(), lexicon: testLexicon, avoid: testAvoid });
    const first = fresh();
    const expected = [
      first.transfer(text, "es-ES", "es-AR"),
      first.transfer(text, "es-ES", "es-MX", { address: "usted" }),
      first.lint(text, "es-MX"),
    ];
    // Another engine, warmed by other readings of the same words first (usted, vos, lint's own contexts).
    const second = fresh();
    second.transfer(text, "es-AR", "es-MX");
    second.lint(text, "es-AR");
    second.transfer(text, "es-AR", "es-CO");
    const actual = [...expected.keys()].reverse().map((k) => {
      if (k === 2) return second.lint(text, "es-MX");
      return k === 1
        ? second.transfer(text, "es-ES", "es-MX", { address: "usted" })
        : second.transfer(text, "es-ES", "es-AR");
    });
    expect(actual.reverse()).toEqual(expected);
  });

  it("reads a multi-word term whole before any word inside it (bundled data)", () => {
    // es-AR says mail, and correo electrónico too: the bare correo changes, the whole term stays.
    expect(transfer("Te enviamos un correo electrónico.", "es-ES", "es-AR").text).toBe(
      "Te enviamos un correo electrónico.",
    );
    expect(transfer("Te enviamos un correo.", "es-ES", "es-AR").text).toBe("Te enviamos un mail.");
    // carro (car) inside carro de compras, gaseosa (soft drink) inside agua gaseosa, camión de carga already whole.
    expect(transfer("Tu carro de compras te espera.", "es-MX", "es-AR").text).toBe("Tu carro de compras te espera.");
    expect(transfer("Tenemos agua gaseosa fría.", "es-AR", "es-MX").text).toBe("Tenemos agua gaseosa fría.");
    expect(transfer("Llega en camión de carga.", "es-ES", "es-MX").text).toBe("Llega en camión de carga.");
    expect(transfer("Tu carro de compras te espera.", "es-CL", "es-AR").text).toBe("Tu carrito te espera.");
  });

  it("writes interest-free instalments in the target market's idiom, which its lint accepts (bundled data)", () => {
    const cases = [
      ["Compra a 12 meses sin intereses.", "es-MX", "es-AR", "Comprá en 12 cuotas sin interés."],
      ["Llévalo a 12 MSI.", "es-MX", "es-CL", "Llévalo en 12 cuotas sin interés."],
      ["Compra a 12 meses sin intereses.", "es-MX", "es-PE", "Compra en 12 cuotas sin intereses."],
      ["Compra a 12 meses sin intereses.", "es-MX", "es-UY", "Comprá en 12 cuotas sin recargo."],
      ["Pagá en 6 cuotas sin interés.", "es-AR", "es-MX", "Paga a 6 meses sin intereses."],
      ["Paga en 6 cuotas sin interés.", "es-CL", "es-MX", "Paga a 6 meses sin intereses."],
    ] as const;
    for (const [source, from, to, expected] of cases) {
      const result = transfer(source, from, to);
      expect(result.text).toBe(expected);
      expect(result.adaptations.some((adaptation) => adaptation.rule === "payment.idiom")).toBe(true);
      expect(defaultEngine().lint(result.text, to)).toEqual([]);
    }
    // A market's own phrase, and months that are a span of time, stay as written.
    expect(transfer("Llévalo a 12 MSI.", "es-MX", "es-MX", { address: "usted" }).text).toBe("Llévelo a 12 MSI.");
    expect(transfer("Garantía de 6 meses.", "es-MX", "es-AR").text).toBe("Garantía de 6 meses.");
  });

  it("works through the bundled data too", () => {
    const result = transfer("Compra el ordenador y cógelo hoy.", "es-ES", "es-AR");
    expect(result.text.startsWith("Comprá la computadora")).toBe(true);
  });
});
