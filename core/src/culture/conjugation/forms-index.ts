// Every form of every known verb, keyed by its spelling, so a word is analysed with one map lookup.
import { stripAccents } from "../text/accents.ts";
import { conjugate, type FiniteTense, type NonFinite, type Paradigm, PERSONS, type Person } from "./conjugate.ts";
import { IRREGULAR_VERBS, REGULAR_VERBS } from "./verbs.ts";

export type VerbSlot =
  | { readonly tense: FiniteTense; readonly person: Person }
  | { readonly tense: NonFinite; readonly person: null };

export type VerbAnalysis = VerbSlot & { readonly lemma: string };

export type FormsIndex = {
  /** Lowercase form → its analyses (a form can be several: "compra" = tú imperative and él present). */
  readonly forms: ReadonlyMap<string, readonly VerbAnalysis[]>;
  /** Accent-free imperative, infinitive and gerund forms, for splitting enclitics (cómpralo → compra + lo). */
  readonly encliticBases: ReadonlyMap<string, readonly VerbAnalysis[]>;
  readonly paradigm: (lemma: string) => Paradigm;
  readonly isVerb: (lemma: string) => boolean;
};

export const FINITE_TENSES: readonly FiniteTense[] = [
  "present",
  "subjunctive",
  "imperative",
  "future",
  "conditional",
  "preterite",
  "imperfect",
  "pastSubjunctive",
  "pastSubjunctiveSe",
];

export function formOf(paradigm: Paradigm, slot: VerbSlot): string | undefined {
  if (slot.person === null) return paradigm[slot.tense];
  if (slot.tense === "imperative") return slot.person === "yo" ? undefined : paradigm.imperative[slot.person];
  return paradigm[slot.tense][slot.person];
}

function push(map: Map<string, VerbAnalysis[]>, key: string, analysis: VerbAnalysis): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [analysis]);
  else if (
    !list.some((a) => a.lemma === analysis.lemma && a.tense === analysis.tense && a.person === analysis.person)
  ) {
    list.push(analysis);
  }
}

export function buildFormsIndex(extraVerbs: readonly string[] = []): FormsIndex {
  const paradigms = new Map<string, Paradigm>();
  const forms = new Map<string, VerbAnalysis[]>();
  const encliticBases = new Map<string, VerbAnalysis[]>();
  const lemmas = new Set([...REGULAR_VERBS, ...Object.keys(IRREGULAR_VERBS), ...extraVerbs]);
  for (const lemma of lemmas) {
    const paradigm = conjugate(lemma);
    paradigms.set(lemma, paradigm);
    for (const tense of FINITE_TENSES) {
      for (const person of PERSONS) {
        const slot: VerbSlot = { tense, person };
        const form = formOf(paradigm, slot);
        if (form === undefined) continue;
        push(forms, form, { lemma, ...slot });
        if (tense === "imperative") push(encliticBases, stripAccents(form), { lemma, ...slot });
      }
    }
    for (const tense of ["infinitive", "gerund", "participle"] as const) {
      const slot: VerbSlot = { tense, person: null };
      push(forms, paradigm[tense], { lemma, ...slot });
      if (tense !== "participle") push(encliticBases, stripAccents(paradigm[tense]), { lemma, ...slot });
    }
  }
  return {
    forms,
    encliticBases,
    paradigm: (lemma) => paradigms.get(lemma) ?? conjugate(lemma),
    isVerb: (lemma) => paradigms.has(lemma),
  };
}
