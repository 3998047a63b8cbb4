import { lexicon, termFor } from "@frontier-ai/cultural-profiles";
import { describe, expect, it } from "vitest";
import { defaultCultureData } from "../culture/index.ts";
import { diffSegment } from "./edit-diff.ts";
import { createTenantEngines, layerLexiconOverrides } from "./lexicon-overrides.ts";
import { suggestLexiconOverrides, wilsonLowerBound } from "./lexicon-suggestions.ts";

describe("diffSegment", () => {
  it("keeps every word of both texts and pairs replaced words", () => {
    const edit = diffSegment("Compra tu computadora hoy.", "Compra tu laptop hoy mismo.");
    const generated = edit.operations.filter((operation) => operation.type !== "insert").map((o) => o.text);
    const final = edit.operations.filter((operation) => operation.type !== "delete").map((o) => o.text);
    expect(generated.join("")).toBe("Compra tu computadora hoy.");
    expect(final.join("")).toBe("Compra tu laptop hoy mismo.");
    expect(edit.replacements).toContainEqual({ from: "computadora", to: "laptop" });
    expect(diffSegment("igual", "igual")).toEqual({
      operations: [{ type: "equal", text: "igual" }],
      replacements: [],
      changedRatio: 0,
    });
  });
});

describe("suggestLexiconOverrides", () => {
  const swap = (generated: string) => ({ locale: "es-AR", generated, final: generated.replace("celular", "móvil") });
  const edits = [
    swap("Tu celular nuevo llega mañana."),
    swap("El celular que buscabas."),
    swap("Comprá tu celular en cuotas."),
    swap("Un celular para cada día."),
    swap("Cargá el celular rápido."),
    // Two weaker patterns: below the count threshold, and below the confidence threshold.
    { locale: "es-AR", generated: "Oferta de heladera hoy.", final: "Oferta de nevera hoy." },
    { locale: "es-AR", generated: "Otra heladera más.", final: "Otra nevera más." },
    ...["uno", "dos", "tres"].map((word) => ({
      locale: "es-AR",
      generated: `Zapatillas ${word}.`,
      final: `Tenis ${word}.`,
    })),
    ...["cuatro", "cinco", "seis", "siete", "ocho", "nueve"].map((word) => ({
      locale: "es-AR",
      generated: `Zapatillas ${word}.`,
      final: `Zapatillas ${word}.`,
    })),
    // The same replacement in another market counts for that market only.
    { locale: "es-MX", generated: "Tu celular nuevo.", final: "Tu móvil nuevo." },
  ];

  it("suggests the repeated replacement and nothing below the thresholds", () => {
    const suggestions = suggestLexiconOverrides(edits);
    expect(suggestions).toEqual([
      {
        locale: "es-AR",
        from: "celular",
        to: "móvil",
        replacements: 5,
        occurrences: 5,
        confidence: wilsonLowerBound(5, 5),
      },
    ]);
    // 3 of 9 "zapatillas" replaced: enough replacements, too little confidence.
    expect(wilsonLowerBound(3, 9)).toBeLessThan(0.5);
    expect(suggestLexiconOverrides(edits, { minConfidence: 0.1 }).map((s) => s.to)).toContain("tenis");
  });

  it("computes the Wilson lower bound", () => {
    expect(wilsonLowerBound(0, 0)).toBe(0);
    expect(wilsonLowerBound(5, 5)).toBeCloseTo(0.5655, 4);
    expect(wilsonLowerBound(50, 100)).toBeCloseTo(0.4038, 4);
  });
});

describe("tenant lexicon overrides", () => {
  const concept = lexicon.find((entry) => entry.id === "computer");
  const base = defaultCultureData();

  it("replaces the market's term and leaves other markets alone", () => {
    expect(concept).toBeDefined();
    if (concept === undefined) return;
    const from = termFor(concept, "es-MX").term;
    const layered = layerLexiconOverrides(base, [
      { locale: "es-MX", from, to: "compu" },
      { locale: "es-MX", from: "palabra-inexistente", to: "x" },
    ]);
    const layeredConcept = layered.data.lexicon.find((entry) => entry.id === "computer");
    expect(layeredConcept && termFor(layeredConcept, "es-MX").term).toBe("compu");
    expect(layeredConcept && termFor(layeredConcept, "es-AR").term).toBe(termFor(concept, "es-AR").term);
    expect(layered.unmatched).toEqual([{ locale: "es-MX", from: "palabra-inexistente", to: "x" }]);
  });

  it("feeds the override to the engine's transfer and caches one engine per override set", () => {
    if (concept === undefined) return;
    const engines = createTenantEngines(base);
    const from = termFor(concept, "es-MX").term;
    const overrides = [{ locale: "es-MX", from, to: "compu" }];
    const engine = engines(overrides);
    expect(engines([...overrides])).toBe(engine);
    const source = termFor(concept, "es-AR").term;
    expect(engine.transfer(`Mi ${source} nueva`, "es-AR", "es-MX").text).toMatch(/\bcompu\b/);
    expect(engines([]).transfer(`Mi ${source} nueva`, "es-AR", "es-MX").text).not.toMatch(/\bcompu\b/);
  });

  it("flags the bundled term in the market, so repair writes the brand's choice into any copy", () => {
    if (concept === undefined) return;
    const from = termFor(concept, "es-MX").term;
    const engine = createTenantEngines(base)([{ locale: "es-MX", from, to: "compu" }]);
    const copy = `Estrena tu ${from} hoy.`;
    const findings = engine.lint(copy, "es-MX");
    expect(findings).toEqual([expect.objectContaining({ rule: "lexicon.avoid", suggestion: "compu" })]);
    expect(engine.repair(copy, "es-MX", findings).text).toBe("Estrena tu compu hoy.");
    const avoided = (findings: readonly { rule: string }[]) => findings.filter((f) => f.rule === "lexicon.avoid");
    expect(avoided(engine.lint(copy, "es-AR"))).toEqual([]);
    expect(avoided(createTenantEngines(base)([]).lint(copy, "es-MX"))).toEqual([]);
  });
});
