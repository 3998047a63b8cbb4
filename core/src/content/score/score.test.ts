import { describe, expect, it } from "vitest";
import { hasCallToAction } from "./call-to-action.ts";
import { readability } from "./readability.ts";
import { scoreCopy } from "./score.ts";
import { countSyllables } from "./syllables.ts";

describe("countSyllables", () => {
  it.each([
    ["computadora", 5],
    ["oferta", 3],
    ["aéreo", 4],
    ["país", 2],
    ["guitarra", 3],
    ["quiero", 2],
    ["ciudad", 2],
    ["rey", 1],
    ["hoy", 1],
    ["promoção", 3],
    ["cuotas", 2],
    ["María", 3],
  ])("%s has %i syllables", (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });
});

describe("readability", () => {
  it("computes Szigriszt-Pazos for Spanish", () => {
    // 8 words, 13 syllables, 1 sentence: 206.835 - 62.3 * 13/8 - 8 = 97.5975
    const result = readability("Compra hoy y paga en cuotas sin interés.", "es");
    expect(result).toMatchObject({ words: 8, syllables: 13, sentences: 1, formula: "szigriszt-pazos" });
    expect(result.score).toBe(97.6);
  });

  it("scores long words and sentences as harder", () => {
    const easy = readability("Compra hoy. Paga en cuotas. Llega mañana.", "es");
    const hard = readability(
      "La implementación de infraestructuras tecnológicas interoperables posibilita extraordinariamente la optimización.",
      "es",
    );
    expect(easy.score).toBeGreaterThan(hard.score);
  });

  it("uses the Portuguese adaptation for pt", () => {
    expect(readability("Compre hoje e pague em dez vezes.", "pt").formula).toBe("flesch-martins");
  });
});

describe("hasCallToAction", () => {
  it("finds imperatives in every address form, accent-insensitively", () => {
    expect(hasCallToAction("Compralo hoy", "es")).toBe(true);
    expect(hasCallToAction("Descubrí la colección", "es")).toBe(true);
    expect(hasCallToAction("Conozca nuestras ofertas", "es")).toBe(true);
    expect(hasCallToAction("Aproveite o frete grátis", "pt")).toBe(true);
  });

  it("does not match inside other words", () => {
    expect(hasCallToAction("La compradora llegó tarde", "es")).toBe(false);
  });
});

describe("scoreCopy", () => {
  const clean = "Descubre las zapatillas nuevas. Paga en meses sin intereses y recíbelas mañana.";

  it("is deterministic and within 0..100", () => {
    const input = { text: clean, language: "es" as const, findings: [], contentType: "product_description" as const };
    expect(scoreCopy(input)).toEqual(scoreCopy(input));
    expect(scoreCopy(input).total).toBeGreaterThan(0);
    expect(scoreCopy(input).total).toBeLessThanOrEqual(100);
  });

  it("drops parts that do not apply and renormalizes weights", () => {
    const result = scoreCopy({ text: clean, language: "es", findings: [] });
    expect(result.parts.map((part) => part.name)).toEqual(["cultural_fit", "readability"]);
    expect(result.parts.reduce((sum, part) => sum + part.weight, 0)).toBeCloseTo(1, 2);
  });

  it("lowers the score for findings, a missing call to action, wrong length and no market idiom", () => {
    const good = scoreCopy({
      text: clean,
      language: "es",
      findings: [],
      contentType: "product_description",
      targetWords: 13,
      marketIdioms: ["meses sin intereses"],
    });
    expect(good.total).toBeGreaterThan(90);
    const bad = scoreCopy({
      text: "Las zapatillas nuevas están disponibles.",
      language: "es",
      findings: [{ severity: "error" }, { severity: "warning" }],
      contentType: "product_description",
      targetWords: 60,
      marketIdioms: ["meses sin intereses"],
    });
    expect(bad.total).toBeLessThan(good.total - 40);
    expect(bad.parts.find((part) => part.name === "call_to_action")?.score).toBe(0);
    expect(bad.parts.find((part) => part.name === "cultural_fit")?.score).toBe(60);
  });
});
