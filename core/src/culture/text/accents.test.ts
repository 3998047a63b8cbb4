import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conjugate } from "../conjugation/conjugate.ts";
import { REGULAR_VERBS } from "../conjugation/verbs.ts";
import { attachEnclitics, matchCase, stressedNucleus, stripAccents, withStressOn } from "./accents.ts";

describe("accents", () => {
  it.each([
    ["compra", "lo", "cómpralo"],
    ["comprá", "lo", "compralo"],
    ["compre", "lo", "cómprelo"],
    ["compren", "lo", "cómprenlo"],
    ["di", "me", "dime"],
    ["decí", "me", "decime"],
    ["diga", "me", "dígame"],
    ["dé", "se", "dese"],
    ["registra", "te", "regístrate"],
    ["registrá", "te", "registrate"],
    ["registre", "se", "regístrese"],
    ["haz", "lo", "hazlo"],
    ["da", "melo", "dámelo"],
    ["mantén", "lo", "mantenlo"],
    ["registrar", "se", "registrarse"],
    ["esperando", "te", "esperándote"],
  ])("%s + %s → %s", (verb, clitics, expected) => {
    expect(attachEnclitics(verb, clitics)).toBe(expected);
  });

  it("keeps the verb's stress whatever is attached (property)", () => {
    const clitic = fc.constantFrom(
      "me",
      "te",
      "se",
      "lo",
      "la",
      "le",
      "nos",
      "los",
      "las",
      "les",
      "melo",
      "selo",
      "telas",
    );
    const form = fc.constantFrom(...REGULAR_VERBS).chain((verb) => {
      const p = conjugate(verb);
      return fc.constantFrom(p.imperative.tu, p.imperative.vos, p.imperative.el, p.imperative.ellos, p.infinitive);
    });
    fc.assert(
      fc.property(form, clitic, (verb, clitics) => {
        expect(stressedNucleus(attachEnclitics(verb, clitics))).toBe(stressedNucleus(verb));
      }),
      { numRuns: 500 },
    );
  });

  it("moves or drops the written accent", () => {
    expect(withStressOn("camiones", 1)).toBe("camiones");
    expect(withStressOn("jovenes", 0)).toBe("jóvenes");
    expect(stripAccents("Cómpralo ñandú")).toBe("Compralo ñandu");
  });

  it("keeps the original's capitalisation", () => {
    expect(matchCase("Ordenador", "computadora")).toBe("Computadora");
    expect(matchCase("MÓVIL", "celular")).toBe("CELULAR");
    expect(matchCase("móvil", "celular")).toBe("celular");
  });
});
