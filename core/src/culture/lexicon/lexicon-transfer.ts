// Swaps regional terms and makes articles, determiners and adjectives agree with the new noun.
import type { Adaptation } from "../adaptation.ts";
import type { FormsIndex, VerbAnalysis, VerbSlot } from "../conjugation/forms-index.ts";
import { formOf } from "../conjugation/forms-index.ts";
import { matchCase, stripAccents } from "../text/accents.ts";
import type { TokenMarks, TokenStream } from "../text/token-stream.ts";
import type { CompiledLexicon, TermMatch } from "./compile.ts";
import {
  type Agreement,
  agreementOfDeterminer,
  isDeterminer,
  isKnownAdjective,
  looksLikeAdjective,
  pluralizeWord,
  reinflectAdjective,
  reinflectDeterminer,
} from "./inflect.ts";

export type LexiconHit = {
  readonly match: TermMatch;
  /** First and last token index of the matched term. */
  readonly first: number;
  readonly last: number;
};

/** Adjectives that do not change with gender and may stand between a noun and an -o/-a adjective. */
const INVARIANT_ADJECTIVES: ReadonlySet<string> = new Set([
  "dulce",
  "dulces",
  "picante",
  "picantes",
  "calientes",
  "fuertes",
  "suaves",
  "ideales",
  "especiales",
  "naturales",
  "originales",
  "elegantes",
  "portátil",
  "portátiles",
  "grande",
  "grandes",
  "verde",
  "verdes",
  "azul",
  "azules",
  "gris",
  "grises",
  "ideal",
  "especial",
  "inteligente",
  "potente",
  "resistente",
  "elegante",
  "original",
  "genial",
  "increíble",
  "fácil",
  "útil",
  "digital",
  "personal",
  "natural",
  "total",
  "actual",
  "premium",
  "mejor",
  "mejores",
  "doble",
  "simple",
  "libre",
  "urbano",
  "rosa",
  "naranja",
  "beige",
  "fuerte",
  "suave",
  "caliente",
  "frío",
  "eficiente",
  "sostenible",
]);

const COPULAS: ReadonlyMap<string, readonly [string, string]> = new Map(
  (
    [
      ["es", "son"],
      ["está", "están"],
      ["será", "serán"],
      ["queda", "quedan"],
      ["parece", "parecen"],
    ] as const
  ).flatMap(([singular, plural]) => [
    [singular, [singular, plural]],
    [plural, [singular, plural]],
  ]),
);

/**
 * Finds every lexicon term in the token stream, longest match first, skipping tokens already claimed. A longer
 * multi-word term of the lexicon that is not rewritten here (correo electrónico where the target says it too) is
 * passed over whole, so a word inside it (correo) is not taken alone.
 */
export function findTerms(tokens: TokenStream, lexicon: CompiledLexicon, claimed?: TokenMarks): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const starts = tokens.bySpelling((word) => lexicon.byFirstWord.get(word));
  const phraseStarts = tokens.bySpelling((word) => lexicon.phrasesByFirstWord.get(word));
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || claimed?.has(i)) continue;
    const spelling = tokens.spelling(i);
    const match = longestMatch(tokens, i, starts[spelling], claimed);
    const phrase = longestPhrase(tokens, i, phraseStarts[spelling], claimed);
    if (phrase > (match?.words.length ?? 0)) {
      i += phrase - 1;
      continue;
    }
    if (!match) continue;
    // A noun right after another noun term modifies it ("ordenador portátil"): not a term of its own.
    const previous = hits[hits.length - 1];
    const modifier =
      previous !== undefined &&
      previous.last === tokens.before(i) &&
      previous.match.concept.partOfSpeech === "noun" &&
      match.concept.partOfSpeech === "noun";
    if (modifier) continue;
    hits.push({ match, first: i, last: i + match.words.length - 1 });
    i += match.words.length - 1;
  }
  return hits;
}

function longestMatch(
  tokens: TokenStream,
  i: number,
  candidates: readonly TermMatch[] | undefined,
  claimed?: TokenMarks,
): TermMatch | undefined {
  if (candidates) for (const match of candidates) if (matchesAt(tokens, i, match.words, claimed)) return match;
  return undefined;
}

/** Words in the longest of the phrases that starts at `i`, or 0. */
function longestPhrase(
  tokens: TokenStream,
  i: number,
  phrases: readonly (readonly string[])[] | undefined,
  claimed?: TokenMarks,
): number {
  if (phrases) for (const words of phrases) if (matchesAt(tokens, i, words, claimed)) return words.length;
  return 0;
}

function matchesAt(tokens: TokenStream, i: number, words: readonly string[], claimed?: TokenMarks): boolean {
  for (let k = 1; k < words.length; k++) {
    const at = i + k;
    if (!tokens.isWord(at) || claimed?.has(at) || tokens.lower(at) !== words[k] || !tokens.spaceOnly(at)) {
      return false;
    }
  }
  return true;
}

type Reasons = {
  readonly prefix: string;
  readonly term: string;
  readonly agreement: string;
  readonly contraction: string;
};
const reasonsByMatch = new WeakMap<TermMatch, Reasons>();

/** The explanations of a term's changes depend on the term only: written once per term, not per occurrence. */
function reasonsFor(match: TermMatch, prefix: string, to: Agreement): Reasons {
  let reasons = reasonsByMatch.get(match);
  if (reasons?.prefix !== prefix) {
    const gender = to.gender === "f" ? "feminine" : "masculine";
    reasons = {
      prefix,
      term: `${prefix}: ${match.concept.id} (${match.concept.gloss})`,
      agreement: `agreement with "${match.target.term}" (${gender} ${to.number})`,
      contraction: `agreement with "${match.target.term}" (contraction)`,
    };
    reasonsByMatch.set(match, reasons);
  }
  return reasons;
}

/**
 * The adaptations one hit causes: the term (a verb conjugated in `slot`, or in the slot it was matched in) and,
 * when gender or number changes, the agreeing determiners before it and adjectives after it. The tokens they
 * consume are added to `claimed` when given.
 */
export function rewriteHit(
  tokens: TokenStream,
  text: string,
  hit: LexiconHit,
  index: FormsIndex,
  slot: VerbSlot | undefined,
  reasonPrefix: string,
  claimed?: TokenMarks,
): Adaptation[] {
  const { match } = hit;
  let replacement = match.replacement;
  if (match.verb) {
    slot ??= match.verb.slot;
    const head = formOf(index.paradigm(match.verb.targetLemma), slot) ?? match.verb.targetLemma;
    replacement = match.verb.targetRest ? `${head} ${match.verb.targetRest}` : head;
  }
  const termStart = tokens.start(hit.first);
  const termEnd = tokens.end(hit.last);
  const from = text.slice(termStart, termEnd);
  const targetNumber =
    match.target.number === "plural" ? "plural" : match.source.number === "plural" ? "singular" : match.number;
  const toAgreement: Agreement = { gender: match.target.gender, number: targetNumber };
  const reasons = reasonsFor(match, reasonPrefix, toAgreement);
  const adaptations: Adaptation[] = [
    {
      from,
      to: matchCase(from, replacement),
      reason: reasons.term,
      rule: "lexicon.term",
      start: termStart,
      end: termEnd,
    },
  ];
  for (let k = hit.first; k <= hit.last; k++) claimed?.add(k);
  if (match.concept.partOfSpeech !== "noun") return adaptations;
  agreeAround(tokens, text, hit, index, toAgreement, reasons, adaptations, claimed);
  return adaptations;
}

/** Adverbs that intensify the adjective after them (muy rápido, más vendida). */
const INTENSIFIERS: ReadonlySet<string> = new Set([
  "muy",
  "tan",
  "más",
  "menos",
  "bastante",
  "demasiado",
  "súper",
  "super",
  "realmente",
  "totalmente",
]);

/** Conjunctions between two adjectives of one noun (rápido y barato, nuevo pero usado). */
const ADJECTIVE_CONJUNCTIONS: ReadonlySet<string> = new Set(["y", "e", "o", "u", "ni", "pero"]);

/**
 * Whether the word after `k` in the phrase continues it as an adjective. After a conjunction only a known adjective
 * does (or an intensifier): "el ordenador nuevo y teclado" lists a second noun, which an -ado ending cannot tell.
 */
function adjectiveFollows(tokens: TokenStream, k: number, afterConjunction: boolean): boolean {
  const next = tokens.after(k);
  if (!tokens.isWord(next)) return false;
  const word = tokens.lower(next);
  if (INVARIANT_ADJECTIVES.has(word)) return true;
  if (afterConjunction) return INTENSIFIERS.has(word) || isKnownAdjective(word);
  return looksLikeAdjective(word);
}

/**
 * When the new noun's gender or number differs, the determiners and prenominal adjectives before it, the adjectives
 * after it (looking through inline tags, intensifiers and coordinators) and, after a copula, the verb's number and
 * the predicate.
 */
function agreeAround(
  tokens: TokenStream,
  text: string,
  hit: LexiconHit,
  index: FormsIndex,
  toAgreement: Agreement,
  reasons: Reasons,
  adaptations: Adaptation[],
  claimed: TokenMarks | undefined,
): void {
  const { match } = hit;
  // The article actually written is the best witness of the source noun's gender (la nevera, el frigorífico).
  const before = tokens.before(hit.first);
  const witnessed = tokens.isWord(before) ? agreementOfDeterminer(tokens.lower(before)) : undefined;
  const fromAgreement: Agreement = {
    gender: witnessed?.number === match.number ? witnessed.gender : match.source.gender,
    number: match.number,
  };
  if (fromAgreement.gender === toAgreement.gender && fromAgreement.number === toAgreement.number) return;
  const agree = (k: number, to: string) => {
    const word = tokens.source(k);
    adaptations.push({
      from: word,
      to: matchCase(word, to),
      reason: reasons.agreement,
      rule: "lexicon.agreement",
      start: tokens.start(k),
      end: tokens.end(k),
    });
    claimed?.add(k);
  };
  // Backwards: determiners and prenominal adjectives (todos los nuevos ordenadores).
  for (let k = tokens.before(hit.first), steps = 0; k >= 0 && steps < 3; k = tokens.before(k), steps++) {
    if (!tokens.isWord(k)) break;
    const word = tokens.lower(k);
    const determiner = reinflectDeterminer(word, fromAgreement, toAgreement);
    // Only with nothing between them: a tag there would be swallowed by the contraction.
    const preposition = k - 1;
    const prepositionWord = tokens.isWord(preposition) ? tokens.lower(preposition) : "";
    if (determiner === "el" && (prepositionWord === "de" || prepositionWord === "a") && tokens.spaceOnly(k)) {
      // de la camiseta → del polo: the preposition and the article contract.
      const from = text.slice(tokens.start(preposition), tokens.end(k));
      adaptations.push({
        from,
        to: matchCase(from, prepositionWord === "de" ? "del" : "al"),
        reason: reasons.contraction,
        rule: "lexicon.agreement",
        start: tokens.start(preposition),
        end: tokens.end(k),
      });
      claimed?.add(k - 1);
      claimed?.add(k);
      break;
    }
    if (determiner !== undefined) {
      agree(k, determiner);
      continue;
    }
    const adjective = looksLikeAdjective(word) ? reinflectAdjective(word, fromAgreement, toAgreement) : undefined;
    if (adjective === undefined) break;
    agree(k, adjective);
  }
  // Forwards: adjectives after the noun (el ordenador portátil nuevo, muy rápido, rápido y barato); after a
  // copula the verb agrees in number (las palomitas son → el pochoclo es) and the predicate in gender and number
  // (es nueva, es muy rápida y barata).
  let predicate = false;
  let afterAdjective = false;
  let copulaAt = -1;
  for (
    let k = acrossComma(tokens, hit.last), adjectives = 0;
    tokens.isWord(k) && adjectives < 4;
    k = afterAdjective ? acrossComma(tokens, k) : tokens.after(k)
  ) {
    const word = tokens.lower(k);
    // el jersey de lana negro: an adjective after a bare "de" complement agrees with the head noun only when it
    // cannot agree with the complement; a copula after it has the whole phrase as its subject.
    if (word === "de" && k === tokens.after(hit.last)) {
      const complement = complementAfter(tokens, k, claimed);
      if (complement === undefined) break;
      const next = tokens.after(complement.last);
      if (!tokens.isWord(next)) break;
      const nextWord = tokens.lower(next);
      if (COPULAS.has(nextWord)) {
        k = complement.last;
        continue;
      }
      if (!complement.differsFrom(fromAgreement)) break;
      const adjective = looksLikeAdjective(nextWord)
        ? reinflectAdjective(nextWord, fromAgreement, toAgreement)
        : undefined;
      if (adjective === undefined) break;
      agree(next, adjective);
      adjectives++;
      afterAdjective = true;
      k = next;
      continue;
    }
    if (INTENSIFIERS.has(word) || (afterAdjective && ADJECTIVE_CONJUNCTIONS.has(word))) {
      if (!adjectiveFollows(tokens, k, ADJECTIVE_CONJUNCTIONS.has(word))) break;
      afterAdjective = false;
      continue;
    }
    const copula = predicate ? undefined : COPULAS.get(word);
    if (copula) {
      const verb = copula[toAgreement.number === "plural" ? 1 : 0];
      if (fromAgreement.number !== toAgreement.number && verb !== word) agree(k, verb);
      predicate = true;
      afterAdjective = false;
      copulaAt = k;
      continue;
    }
    // A predicate is one adjective, or several joined by a conjunction.
    if (predicate && afterAdjective) break;
    // es el más rápido → es la más rápida: a definite article leading a predicate adjective (a superlative, or a
    // known adjective ending the phrase), never one leading a noun (es el regalo perfecto).
    if (predicate && tokens.before(k) === copulaAt && DEFINITE_ARTICLES.has(word)) {
      const article = predicateArticle(tokens, k, fromAgreement, toAgreement);
      if (article === undefined) break;
      if (article !== word) agree(k, article);
      continue;
    }
    // A verb ends the noun's phrase; a predicate may look like one (lista: lists, or ready).
    if (!predicate && isFiniteVerb(index, word)) break;
    adjectives++;
    afterAdjective = true;
    const adjective = looksLikeAdjective(word) ? reinflectAdjective(word, fromAgreement, toAgreement) : undefined;
    if (adjective !== undefined) {
      agree(k, adjective);
      continue;
    }
    const numberOnly = reinflectNumberOnly(word, fromAgreement, toAgreement);
    if (numberOnly !== undefined) agree(k, numberOnly);
    else if (!INVARIANT_ADJECTIVES.has(word)) break;
  }
}

const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["el", "la", "los", "las"]);

/** Words that may follow a predicate adjective and end it: el más vendido de la tienda, el mejor para ti. */
const AFTER_PREDICATE: ReadonlySet<string> = new Set([
  "de",
  "del",
  "en",
  "para",
  "que",
  "con",
  "por",
  "a",
  "al",
  "hasta",
  "desde",
  "entre",
  "y",
  "e",
  "o",
  "u",
]);

/**
 * The article at `k` after a copula, agreeing with the new noun, when it leads an adjective of the subject: it must
 * agree with the old noun, be followed by más/menos and an adjective or by a known adjective, and that adjective
 * must end the phrase or be followed by a preposition or conjunction. Undefined otherwise.
 */
function predicateArticle(tokens: TokenStream, k: number, from: Agreement, to: Agreement): string | undefined {
  const word = tokens.lower(k);
  const own = agreementOfDeterminer(word);
  if (own?.gender !== from.gender || own.number !== from.number) return undefined;
  let adjective = tokens.after(k);
  if (!tokens.isWord(adjective)) return undefined;
  const graded = tokens.lower(adjective) === "más" || tokens.lower(adjective) === "menos";
  if (graded) adjective = tokens.after(adjective);
  if (!tokens.isWord(adjective)) return undefined;
  const adjectiveWord = tokens.lower(adjective);
  const isAdjective = graded
    ? looksLikeAdjective(adjectiveWord) || INVARIANT_ADJECTIVES.has(adjectiveWord)
    : isKnownAdjective(adjectiveWord) || INVARIANT_ADJECTIVES.has(adjectiveWord);
  if (!isAdjective) return undefined;
  const next = tokens.after(adjective);
  if (next >= 0 && !(tokens.isWord(next) && AFTER_PREDICATE.has(tokens.lower(next)))) return undefined;
  return reinflectDeterminer(word, from, to);
}

/**
 * The token after `k` in the phrase, or across a comma a known adjective that ends its own item of the list
 * ("portátil, ligero y barato"); -1 otherwise. "nueva, mismo precio" starts a new phrase and is not taken.
 */
function acrossComma(tokens: TokenStream, k: number): number {
  const next = tokens.after(k);
  if (next >= 0) return next;
  const candidate = k + 1;
  if (!tokens.isWord(candidate) || !/^,\s+$/.test(tokens.gap(candidate))) return -1;
  const word = tokens.lower(candidate);
  if (!isKnownAdjective(word) && !INVARIANT_ADJECTIVES.has(word)) return -1;
  const following = tokens.after(candidate);
  if (following >= 0 && !ADJECTIVE_CONJUNCTIONS.has(tokens.lower(following))) return -1;
  return candidate;
}

const NUMERALS: ReadonlySet<string> = new Set(["dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "diez"]);

/** Feminine nouns in -o and masculine ones in -a common enough to meet in a complement. */
const GENDER_EXCEPTIONS: ReadonlyMap<string, "m" | "f"> = new Map([
  ["mano", "f"],
  ["foto", "f"],
  ["moto", "f"],
  ["radio", "f"],
  ["día", "m"],
  ["mapa", "m"],
  ["sofá", "m"],
  ["flor", "f"],
]);

type Complement = { readonly last: number; readonly differsFrom: (agreement: Agreement) => boolean };

/**
 * A bare noun complement after "de" (de lana, de dos puertas), with what its ending tells of its gender and number;
 * undefined when it has a determiner, is another term, or its form tells nothing.
 */
function complementAfter(tokens: TokenStream, de: number, claimed: TokenMarks | undefined): Complement | undefined {
  let noun = tokens.after(de);
  let counted = false;
  if (noun >= 0 && (tokens.kind(noun) === "number" || NUMERALS.has(tokens.lower(noun)))) {
    counted = true;
    noun = tokens.after(noun);
  }
  if (!tokens.isWord(noun) || claimed?.has(noun)) return undefined;
  const word = tokens.lower(noun);
  if (isDeterminer(word) || looksLikeAdjective(word)) return undefined;
  // A final -s after i, u or é may be singular (crisis, virus, mes): the number is not guessed then.
  const plural = counted || /[^iuíúé]s$/.test(word);
  const number = plural ? "plural" : /s$/.test(word) ? undefined : "singular";
  const gender = genderOfNoun(plural ? word.replace(/e?s$/, "") : word);
  if (number === undefined && gender === undefined) return undefined;
  return {
    last: noun,
    differsFrom: (agreement) =>
      (number !== undefined && number !== agreement.number) || (gender !== undefined && gender !== agreement.gender),
  };
}

/** A noun's gender from its ending where the ending tells it (lana, algodón, color, calidad); undefined otherwise. */
function genderOfNoun(word: string): "m" | "f" | undefined {
  const known = GENDER_EXCEPTIONS.get(word);
  if (known) return known;
  if (/(?:ción|sión|dad|tad|tud|umbre)$/.test(word)) return "f";
  // -ma is often masculine (sistema, programa, clima): not guessed.
  if (/ma$/.test(word)) return undefined;
  if (/a$/.test(word)) return "f";
  if (/(?:o|ón|or)$/.test(word)) return "m";
  return undefined;
}

/** An adjective that does not mark gender (dulce, azul) changed in number only; undefined when nothing changes. */
function reinflectNumberOnly(word: string, from: Agreement, to: Agreement): string | undefined {
  if (from.number === to.number || !INVARIANT_ADJECTIVES.has(word)) return undefined;
  if (to.number === "plural") {
    const plural = pluralizeWord(word);
    return INVARIANT_ADJECTIVES.has(plural) && plural !== word ? plural : undefined;
  }
  for (const singular of [word.slice(0, -2), word.slice(0, -1), stripAccents(word.slice(0, -2))]) {
    if (singular !== word && INVARIANT_ADJECTIVES.has(singular) && pluralizeWord(singular) === word) return singular;
  }
  return undefined;
}

function isFiniteVerb(index: FormsIndex, word: string): boolean {
  return index.forms.get(word)?.some(hasPerson) ?? false;
}

function hasPerson(analysis: VerbAnalysis): boolean {
  return analysis.person !== null;
}
