import { describe, expect, it } from "vitest";
import { attributeChanges, containsWord } from "./attribute-changes.ts";

const change = (from: string, to: string, reason = "regional word") => ({ from, to, reason });

describe("attributeChanges", () => {
  it("gives every change to the only segment of a request, even one its text does not show", () => {
    const changes = [change("ordenador", "computadora"), change("vosotros", "ustedes", "address form")];
    expect(attributeChanges([{ source: "Tu ordenador", translation: "Tu computadora" }], changes)).toEqual([changes]);
  });

  it("gives a change to the segment whose source has its `from` and whose translation has its `to`", () => {
    const segments = [
      { source: "Compra tu Ordenador hoy", translation: "Compra tu computadora hoy" },
      { source: "Llama desde tu móvil", translation: "Llama desde tu celular" },
    ];
    const changes = [change("móvil", "celular"), change("ordenador", "COMPUTADORA")];
    expect(attributeChanges(segments, changes)).toEqual([[changes[1]], [changes[0]]]);
  });

  it("matches whole words only: `ordenador` is not in `ordenadores`", () => {
    const segments = [
      { source: "Los ordenadores", translation: "Las computadoras" },
      { source: "Un ordenador", translation: "Una computadora" },
    ];
    expect(attributeChanges(segments, [change("ordenador", "computadora")])).toEqual([
      [],
      [change("ordenador", "computadora")],
    ]);
  });

  it("gives a change matching several segments to one: the first without an equal change", () => {
    const segments = [
      { source: "Tu ordenador", translation: "Tu computadora" },
      { source: "Otro ordenador", translation: "Otra computadora" },
    ];
    const once = attributeChanges(segments, [change("ordenador", "computadora")]);
    expect(once).toEqual([[change("ordenador", "computadora")], []]);
    const perOccurrence = attributeChanges(segments, [
      change("ordenador", "computadora"),
      change("ordenador", "computadora"),
    ]);
    expect(perOccurrence).toEqual([[change("ordenador", "computadora")], [change("ordenador", "computadora")]]);
  });

  it("leaves out a change no segment shows, and one whose `to` is only in another segment's translation", () => {
    const segments = [
      { source: "Tu ordenador", translation: "Tu computadora" },
      { source: "Tu móvil", translation: "Tu celular" },
    ];
    const changes = [change("coger", "tomar"), change("ordenador", "celular")];
    expect(attributeChanges(segments, changes)).toEqual([[], []]);
  });

  it("keeps tokens in the texts it compares (the memory stores text with tokens)", () => {
    const segments = [
      { source: "Escribe a ⟦EMAIL_1⟧ desde tu móvil", translation: "Escribe a ⟦EMAIL_1⟧ desde tu celular" },
      { source: "Sin datos", translation: "Sin datos" },
    ];
    expect(attributeChanges(segments, [change("móvil", "celular")])[0]).toEqual([change("móvil", "celular")]);
  });
});

describe("containsWord", () => {
  it("ignores case, respects word edges with accents, and treats an empty phrase as no constraint", () => {
    expect(containsWord("Tu MÓVIL nuevo", "móvil")).toBe(true);
    expect(containsWord("automóvil", "móvil")).toBe(false);
    expect(containsWord("móviles", "móvil")).toBe(false);
    expect(containsWord("cuotas sin interés.", "sin interés")).toBe(true);
    expect(containsWord("precio (c/u)", "(c/u)")).toBe(true);
    expect(containsWord("anything", "")).toBe(true);
  });
});
