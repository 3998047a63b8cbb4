import type { MarketLocale } from "../markets.ts";
import type { Source } from "../source.ts";

export const lexiconDomains = [
  "food-and-drink",
  "home-and-appliances",
  "clothing-and-shoes",
  "personal-care-and-baby",
  "transport",
  "tech",
  "money-and-payment",
  "shopping-and-delivery",
  "everyday-verbs",
] as const;

export type LexiconDomain = (typeof lexiconDomains)[number];

/** Verbs are stored in the infinitive; the engine conjugates them. Multi-word terms keep their head first. */
export type PartOfSpeech = "noun" | "verb" | "adjective";

/** Grammatical gender of a noun's head; null for verbs and for adjectives (stored in the masculine singular). */
export type Gender = "m" | "f" | null;

export type GrammaticalNumber = "singular" | "plural";

/** A market's own word for a concept. Lowercase; multi-word terms allowed. */
export interface LexiconTerm {
  readonly term: string;
  readonly gender: Gender;
  readonly number: GrammaticalNumber;
  readonly source: Source;
  /** Other words the market also uses for the concept: accepted, never suggested. */
  readonly alternatives?: readonly string[];
  /**
   * The word has other common senses in this market (Chilean "bebida" is any drink, Mexican "comida" any food):
   * use it for hints, never swap it away automatically.
   */
  readonly ambiguous?: true;
}

/** The market uses the concept's generic term; the source says who states so (or that nobody did). */
export interface SameAsGeneric {
  readonly sameAsGeneric: true;
  readonly source: Source;
}

export type LexiconCell = LexiconTerm | SameAsGeneric;

export interface LexiconConcept {
  /** kebab-case English id, unique across the lexicon (`computer`, `take-bus`). */
  readonly id: string;
  readonly domain: LexiconDomain;
  readonly partOfSpeech: PartOfSpeech;
  /** English gloss saying which sense is meant. */
  readonly gloss: string;
  /** The neutral Latin American Spanish term, used wherever a market's cell is `sameAsGeneric`. */
  readonly generic: LexiconTerm;
  /** One cell per market: its own term or an explicit same-as-generic. */
  readonly terms: Readonly<Record<MarketLocale, LexiconCell>>;
}

export function isLexiconTerm(cell: LexiconCell): cell is LexiconTerm {
  return !("sameAsGeneric" in cell);
}

/** The term a market uses for a concept, resolving same-as-generic. */
export function termFor(concept: LexiconConcept, locale: MarketLocale): LexiconTerm {
  const cell = concept.terms[locale];
  return isLexiconTerm(cell) ? cell : { ...concept.generic, source: cell.source };
}
