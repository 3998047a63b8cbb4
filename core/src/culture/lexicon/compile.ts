// Turns lexicon concepts into one map from a word to the multi-word terms that start with it, compiled once per
// (source, target) so that transfer and lint only do map lookups while scanning.
import type { GrammaticalNumber, LexiconConcept, LexiconTerm } from "@frontier-ai/cultural-profiles";
import { type Paradigm, PERSONS } from "../conjugation/conjugate.ts";
import { FINITE_TENSES, type FormsIndex, formOf, type VerbSlot } from "../conjugation/forms-index.ts";
import { attachEnclitics } from "../text/accents.ts";
import { pluralizeTerm } from "./inflect.ts";

export type TermMatch = {
  /** Lowercase words to match, in order. */
  readonly words: readonly string[];
  readonly concept: LexiconConcept;
  /** The lexicon's spelling this match was made from (singular, infinitive): the word a message names. */
  readonly surface: string;
  readonly source: LexiconTerm;
  readonly target: LexiconTerm;
  /** Number of this surface form (nouns). */
  readonly number: GrammaticalNumber;
  /** For nouns and adjectives: the replacement. For verbs: built per occurrence from `verbSlot`. */
  readonly replacement: string;
  /** Verb terms: the slot of the matched head form, and the target's infinitive plus the rest of its term. */
  readonly verb?: { readonly slot: VerbSlot; readonly targetLemma: string; readonly targetRest: string };
};

export type CompiledLexicon = {
  readonly byFirstWord: ReadonlyMap<string, readonly TermMatch[]>;
  /**
   * Every market's multi-word noun and adjective terms (carro de compras, correo electrónico), by first word, longest
   * first: one found in the text is read as a unit, so no single word inside it is swapped or flagged on its own.
   */
  readonly phrasesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
};

/** Which terms to look for in a concept, and what to write instead; undefined skips the concept. */
export type TermPicker = (
  concept: LexiconConcept,
) => { readonly sources: readonly LexiconTerm[]; readonly target: LexiconTerm } | undefined;

export function surfaceTerms(term: LexiconTerm): string[] {
  return [term.term, ...(term.alternatives ?? [])].map((t) => t.toLowerCase());
}

const ADJECTIVE_ENDINGS = ["o", "a", "os", "as"] as const;

export function allSlots(paradigm: Paradigm): { slot: VerbSlot; form: string }[] {
  const out: { slot: VerbSlot; form: string }[] = [];
  for (const tense of FINITE_TENSES) {
    for (const person of PERSONS) {
      const slot: VerbSlot = { tense, person };
      const form = formOf(paradigm, slot);
      if (form !== undefined) out.push({ slot, form });
    }
  }
  for (const tense of ["infinitive", "gerund", "participle"] as const) {
    out.push({ slot: { tense, person: null }, form: paradigm[tense] });
  }
  return out;
}

export function compileLexicon(
  concepts: readonly LexiconConcept[],
  pick: TermPicker,
  index: FormsIndex,
): CompiledLexicon {
  const byKey = new Map<string, TermMatch | null>();
  const add = (match: TermMatch) => {
    const key = match.words.join(" ");
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, match);
    // The same words meaning two different things here: too ambiguous to rewrite or flag.
    else if (
      existing !== null &&
      existing.concept.id !== match.concept.id &&
      existing.replacement !== match.replacement
    ) {
      byKey.set(key, null);
    }
  };
  for (const concept of concepts) {
    const picked = pick(concept);
    if (!picked) continue;
    const { target } = picked;
    const accepted = new Set(surfaceTerms(target));
    for (const source of picked.sources) {
      // A word with other common senses in its market is a hint, never swapped or flagged blindly.
      if (source.ambiguous) continue;
      for (const surface of surfaceTerms(source)) {
        if (accepted.has(surface)) continue;
        if (concept.partOfSpeech === "verb") addVerb(add, concept, source, target, surface, index);
        else if (concept.partOfSpeech === "adjective") addAdjective(add, concept, source, target, surface);
        else addNoun(add, concept, source, target, surface);
      }
    }
  }
  const byFirstWord = new Map<string, TermMatch[]>();
  for (const match of byKey.values()) {
    if (match === null) continue;
    const first = match.words[0] ?? "";
    const list = byFirstWord.get(first);
    if (list) list.push(match);
    else byFirstWord.set(first, [match]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, phrasesByFirstWord: phrasesOf(concepts) };
}

const phrasesByConcept = new WeakMap<LexiconConcept, readonly string[]>();

/** A noun's or adjective's multi-word terms in every market, plural forms included; none for a verb. */
function phrasesOfConcept(concept: LexiconConcept): readonly string[] {
  let phrases = phrasesByConcept.get(concept);
  if (phrases === undefined) {
    const found = new Set<string>();
    if (concept.partOfSpeech !== "verb") {
      for (const cell of [concept.generic, ...Object.values(concept.terms)]) {
        if (!("term" in cell)) continue;
        for (const surface of surfaceTerms(cell)) {
          if (!surface.includes(" ")) continue;
          found.add(surface);
          if (concept.partOfSpeech === "noun" && cell.number !== "plural") found.add(pluralizeTerm(surface));
        }
      }
    }
    phrases = [...found];
    phrasesByConcept.set(concept, phrases);
  }
  return phrases;
}

function phrasesOf(concepts: readonly LexiconConcept[]): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byFirstWord = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const concept of concepts) {
    for (const phrase of phrasesOfConcept(concept)) {
      if (seen.has(phrase)) continue;
      seen.add(phrase);
      const words = phrase.split(" ");
      const first = words[0] ?? "";
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  return byFirstWord;
}

type Add = (match: TermMatch) => void;

function addNoun(add: Add, concept: LexiconConcept, term: LexiconTerm, target: LexiconTerm, surface: string): void {
  // An alternative may differ in gender from the main term (frigorífico / nevera): guess it from its ending.
  const head = surface.split(" ")[0] ?? "";
  const guessed =
    head.endsWith("a") || head.endsWith("as") ? "f" : head.endsWith("o") || head.endsWith("os") ? "m" : term.gender;
  const source = surface === term.term.toLowerCase() ? term : { ...term, gender: guessed };
  const forms: [string, GrammaticalNumber][] =
    source.number === "plural"
      ? [[surface, "plural"]]
      : [
          [surface, "singular"],
          [pluralizeTerm(surface), "plural"],
        ];
  for (const [form, number] of forms) {
    const replacement =
      target.number === "plural" || (number === "plural" && source.number !== "plural")
        ? target.number === "plural"
          ? target.term
          : pluralizeTerm(target.term)
        : target.term;
    add({ words: form.split(" "), concept, surface, source, target, number, replacement });
  }
}

function addAdjective(
  add: Add,
  concept: LexiconConcept,
  source: LexiconTerm,
  target: LexiconTerm,
  surface: string,
): void {
  const sourceStem = surface.endsWith("o") ? surface.slice(0, -1) : undefined;
  const targetStem = target.term.endsWith("o") ? target.term.slice(0, -1) : undefined;
  if (sourceStem === undefined || targetStem === undefined || surface.includes(" ")) {
    add({ words: surface.split(" "), concept, surface, source, target, number: "singular", replacement: target.term });
    return;
  }
  ADJECTIVE_ENDINGS.forEach((ending, slot) => {
    add({
      words: [sourceStem + ending],
      concept,
      surface,
      source,
      target,
      number: slot >= 2 ? "plural" : "singular",
      replacement: targetStem + ending,
    });
  });
}

function addVerb(
  add: Add,
  concept: LexiconConcept,
  source: LexiconTerm,
  target: LexiconTerm,
  surface: string,
  index: FormsIndex,
): void {
  const [sourceHead = "", ...rest] = surface.split(" ");
  const [targetHead = "", ...targetRest] = target.term.toLowerCase().split(" ");
  const head = verbLemma(sourceHead);
  const targetLemma = verbLemma(targetHead);
  if (!head.lemma || !targetLemma.lemma) return;
  for (const { slot, form } of allSlots(index.paradigm(head.lemma))) {
    const targetForm = formOf(index.paradigm(targetLemma.lemma), slot) ?? targetLemma.lemma;
    const verb = { slot, targetLemma: targetLemma.lemma, targetRest: targetRest.join(" ") };
    const replacement = [targetForm, ...targetRest].join(" ");
    add({ words: [form, ...rest], concept, surface, source, target, number: "singular", replacement, verb });
    // A pronominal infinitive or gerund carries its se (enfadarse → enojarse); finite forms keep a separate clitic.
    if (slot.person === null && slot.tense !== "participle" && (head.reflexive || targetLemma.reflexive)) {
      const sourceSe = head.reflexive ? attachEnclitics(form, "se") : form;
      const targetSe = targetLemma.reflexive ? attachEnclitics(targetForm, "se") : targetForm;
      add({
        words: [sourceSe, ...rest],
        concept,
        surface,
        source,
        target,
        number: "singular",
        replacement: [targetSe, ...targetRest].join(" "),
      });
    }
  }
}

/** The infinitive to conjugate for a lexicon verb: enojarse → enojar (pronominal). Undefined for a non-verb. */
export function verbLemma(head: string): { lemma: string | undefined; reflexive: boolean } {
  if (/(?:ar|er|ir|ír)se$/.test(head)) return { lemma: head.slice(0, -2), reflexive: true };
  if (/(?:ar|er|ir|ír)$/.test(head)) return { lemma: head, reflexive: false };
  return { lemma: undefined, reflexive: false };
}
