import { type MarketLocale, marketLocales } from "../markets.ts";
import { type Source, sourced, unsourced } from "../source.ts";
import type { LexiconCell, LexiconConcept, LexiconDomain, LexiconTerm, PartOfSpeech, SameAsGeneric } from "./types.ts";

// Authoring helpers for the lexicon files. A concept lists its cells by groups of ISO country codes
// ("CO CL": computador); every market must appear in exactly one group, so each cell is explicit.

type SourceSpec = string | Source | undefined;

function toSource(spec: SourceSpec): Source {
  if (spec === undefined) return unsourced();
  return typeof spec === "string" ? sourced(spec) : spec;
}

function term(
  text: string,
  gender: "m" | "f" | null,
  number: "singular" | "plural",
  source: SourceSpec,
  alternatives?: readonly string[],
): LexiconTerm {
  const base = { term: text, gender, number, source: toSource(source) };
  return alternatives === undefined ? base : { ...base, alternatives };
}

/** A singular noun; `source` is fact-base keys ("S56,S57"), a Source, or nothing for unsourced. */
export function n(text: string, gender: "m" | "f", source?: SourceSpec, alternatives?: readonly string[]): LexiconTerm {
  return term(text, gender, "singular", source, alternatives);
}

/** A plural noun (palomitas, jeans, anteojos). */
export function np(
  text: string,
  gender: "m" | "f",
  source?: SourceSpec,
  alternatives?: readonly string[],
): LexiconTerm {
  return term(text, gender, "plural", source, alternatives);
}

/** A verb in the infinitive (a pronominal verb keeps its -se: enojarse). */
export function v(text: string, source?: SourceSpec, alternatives?: readonly string[]): LexiconTerm {
  return term(text, null, "singular", source, alternatives);
}

/** An adjective in the masculine singular. */
export function adj(text: string, source?: SourceSpec, alternatives?: readonly string[]): LexiconTerm {
  return term(text, null, "singular", source, alternatives);
}

/** Marks a term whose word has other common senses in the market, so the engine never swaps it blindly. */
export function ambiguous(value: LexiconTerm): LexiconTerm {
  return { ...value, ambiguous: true };
}

/** The market uses the generic term; `source` says who states so. */
export function same(source?: SourceSpec): SameAsGeneric {
  return { sameAsGeneric: true, source: toSource(source) };
}

const localeByCountry = new Map<string, MarketLocale>(
  marketLocales.map((locale) => [locale.slice(locale.indexOf("-") + 1), locale]),
);

export interface ConceptSpec {
  readonly id: string;
  readonly partOfSpeech: PartOfSpeech;
  readonly gloss: string;
  readonly generic: LexiconTerm;
  /** Keys are space-separated ISO country codes. */
  readonly cells: Readonly<Record<string, LexiconCell>>;
}

function expandCells(id: string, cells: ConceptSpec["cells"]): Record<MarketLocale, LexiconCell> {
  const expanded = new Map<MarketLocale, LexiconCell>();
  for (const [group, cell] of Object.entries(cells)) {
    for (const country of group.split(/\s+/).filter((code) => code.length > 0)) {
      const locale = localeByCountry.get(country);
      if (locale === undefined) throw new Error(`Lexicon concept "${id}": unknown country "${country}"`);
      if (expanded.has(locale)) throw new Error(`Lexicon concept "${id}": ${country} is listed twice`);
      expanded.set(locale, cell);
    }
  }
  const missing = marketLocales.filter((locale) => !expanded.has(locale));
  if (missing.length > 0) throw new Error(`Lexicon concept "${id}": no cell for ${missing.join(", ")}`);
  return Object.fromEntries(expanded) as Record<MarketLocale, LexiconCell>;
}

/** One domain's concepts, with every market's cell checked at load time. */
export function domain(name: LexiconDomain, specs: readonly ConceptSpec[]): readonly LexiconConcept[] {
  return specs.map((spec) => ({
    id: spec.id,
    domain: name,
    partOfSpeech: spec.partOfSpeech,
    gloss: spec.gloss,
    generic: spec.generic,
    terms: expandCells(spec.id, spec.cells),
  }));
}

/** Shorthand for a concept spec, so each concept reads as one block. */
export function c(
  id: string,
  partOfSpeech: PartOfSpeech,
  gloss: string,
  generic: LexiconTerm,
  cells: ConceptSpec["cells"],
): ConceptSpec {
  return { id, partOfSpeech, gloss, generic, cells };
}
