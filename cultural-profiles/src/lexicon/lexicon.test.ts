import { describe, expect, it } from "vitest";
import { marketLocales } from "../markets.ts";
import { sourceKeys } from "../source-audit.ts";
import { sourceCatalog } from "../sources.ts";
import { lexicon } from "./index.ts";
import { countLexiconSources } from "./stats.ts";
import { isLexiconTerm, type LexiconTerm, lexiconDomains, termFor } from "./types.ts";

const isLowercaseTerm = (text: string) =>
  text.length > 0 && text === text.toLocaleLowerCase("es") && text === text.trim() && !text.includes("  ");

const spanishInfinitive = /^[a-zñáéíóú]+(ar|er|ir)(se)?$/;

function checkTerm(term: LexiconTerm, partOfSpeech: string, where: string): void {
  expect(isLowercaseTerm(term.term), `${where}: "${term.term}" must be lowercase and trimmed`).toBe(true);
  for (const alternative of term.alternatives ?? []) expect(isLowercaseTerm(alternative), where).toBe(true);
  if (partOfSpeech === "noun") expect(["m", "f"], `${where}: a noun needs a gender`).toContain(term.gender);
  else expect(term.gender, `${where}: only nouns carry gender`).toBeNull();
  expect(["singular", "plural"]).toContain(term.number);
  for (const key of sourceKeys(term.source)) expect(sourceCatalog, `${where}: ${key}`).toHaveProperty(key);
}

describe("regional lexicon", () => {
  it("has at least 150 concepts across every domain", () => {
    expect(lexicon.length).toBeGreaterThanOrEqual(150);
    for (const domain of lexiconDomains) {
      expect(lexicon.filter((concept) => concept.domain === domain).length, domain).toBeGreaterThanOrEqual(10);
    }
  });

  it("has no duplicated concept ids or generic terms", () => {
    const ids = lexicon.map((concept) => concept.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    // A noun and an adjective may share a spelling (café the drink, café the colour); one part of speech may not.
    const generics = lexicon.map((concept) => `${concept.partOfSpeech}:${concept.generic.term}`);
    expect(generics.filter((generic, index) => generics.indexOf(generic) !== index)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("sets every cell of every concept to a term or an explicit same-as-generic", () => {
    for (const concept of lexicon) {
      expect(Object.keys(concept.terms).sort()).toEqual([...marketLocales].sort());
      checkTerm(concept.generic, concept.partOfSpeech, `${concept.id} generic`);
      expect(concept.gloss.length).toBeGreaterThan(0);
      for (const locale of marketLocales) {
        const cell = concept.terms[locale];
        if (isLexiconTerm(cell)) checkTerm(cell, concept.partOfSpeech, `${concept.id} ${locale}`);
        else expect(cell.sameAsGeneric).toBe(true);
        expect(typeof cell.source.verified).toBe("boolean");
        for (const key of sourceKeys(cell.source))
          expect(sourceCatalog, `${concept.id} ${locale}: ${key}`).toHaveProperty(key);
      }
    }
  });

  it("gives Brazil a Portuguese term in every cell, never the Spanish generic", () => {
    for (const concept of lexicon) expect(isLexiconTerm(concept.terms["pt-BR"]), concept.id).toBe(true);
  });

  it("stores Spanish verbs in the infinitive", () => {
    for (const concept of lexicon.filter((candidate) => candidate.partOfSpeech === "verb")) {
      for (const locale of marketLocales.filter((candidate) => candidate !== "pt-BR")) {
        const head = termFor(concept, locale).term.split(" ")[0] ?? "";
        expect(head, `${concept.id} ${locale}`).toMatch(spanishInfinitive);
      }
    }
  });

  it("maps each word of a market to one concept, unless the extra senses are flagged ambiguous", () => {
    for (const locale of marketLocales) {
      const owners = new Map<string, { id: string; ambiguous: boolean }[]>();
      for (const concept of lexicon) {
        const term = termFor(concept, locale);
        const key = `${concept.partOfSpeech}:${term.term}`;
        owners.set(key, [...(owners.get(key) ?? []), { id: concept.id, ambiguous: term.ambiguous === true }]);
      }
      for (const [key, list] of owners) {
        const unflagged = list.filter((owner) => !owner.ambiguous);
        expect(unflagged.length, `${locale} ${key}: ${list.map((owner) => owner.id).join(", ")}`).toBeLessThanOrEqual(
          1,
        );
      }
    }
  });

  it("differs from Spain in the classic examples", () => {
    const byId = new Map(lexicon.map((concept) => [concept.id, concept]));
    const term = (id: string, locale: (typeof marketLocales)[number]) => {
      const concept = byId.get(id);
      if (concept === undefined) throw new Error(`no concept ${id}`);
      return termFor(concept, locale);
    };
    expect(term("computer", "es-ES")).toMatchObject({ term: "ordenador", gender: "m" });
    expect(term("computer", "es-MX")).toMatchObject({ term: "computadora", gender: "f" });
    expect(term("computer", "es-CO")).toMatchObject({ term: "computador", gender: "m" });
    expect(term("take-transport", "es-ES").term).toBe("coger");
    expect(term("take-transport", "es-AR").term).toBe("tomar");
    expect(term("bus", "es-AR").term).toBe("colectivo");
    expect(term("drive", "es-MX").term).toBe("manejar");
    expect(term("t-shirt", "es-AR")).toMatchObject({ term: "remera", gender: "f" });
    expect(term("popcorn", "es-AR")).toMatchObject({ term: "pochoclo", gender: "m", number: "singular" });
  });

  it("counts sourced and unsourced cells", () => {
    const counts = countLexiconSources(lexicon);
    expect(counts.cells).toBe(lexicon.length * marketLocales.length);
    expect(counts.sourced + counts.unsourced).toBe(counts.cells);
    let verified = 0;
    for (const concept of lexicon) {
      for (const locale of marketLocales) if (concept.terms[locale].source.verified) verified += 1;
    }
    expect(counts.sourced).toBe(verified);
    expect(counts.sourced).toBeGreaterThan(0);
    console.info(
      `lexicon: ${lexicon.length} concepts, ${counts.cells} cells, ${counts.sourced} sourced, ${counts.unsourced} unsourced, ${counts.sameAsGeneric} same-as-generic`,
    );
  });
});
