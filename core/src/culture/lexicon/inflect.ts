// Number and gender inflection for the words agreement touches: nouns from the lexicon, articles, adjectives.
import type { Gender, GrammaticalNumber } from "@frontier-ai/cultural-profiles";
import { stressedNucleus, withStressOn } from "../text/accents.ts";

const INVARIANT_PLURAL = /(?:[^áéíóú]s|x)$/;

/** Plural of one Spanish word: mesa → mesas, camión → camiones, lápiz → lápices, jersey → jerséis. */
export function pluralizeWord(word: string): string {
  if (word === "jersey") return "jerséis";
  if (/[aeiouáéó]$/.test(word)) return `${word}s`;
  if (/[íú]$/.test(word)) return `${word}es`;
  if (INVARIANT_PLURAL.test(word) && stressedNucleus(word) !== countVowelGroups(word) - 1) return word;
  const stem = word.endsWith("z") ? `${word.slice(0, -1)}c` : word;
  return withStressOn(`${stem}es`, stressedNucleus(word));
}

function countVowelGroups(word: string): number {
  return word.match(/[aeiouáéíóúü]+/g)?.length ?? 0;
}

const LINKS = new Set(["de", "del", "para", "a", "al", "sin", "con", "en", "por"]);

/** Plural of a lexicon term: the head, and any adjectives before the first preposition (teléfonos móviles, trajes de baño). */
export function pluralizeTerm(term: string): string {
  const words = term.split(" ");
  let linked = false;
  return words
    .map((word, index) => {
      if (LINKS.has(word)) linked = true;
      return index === 0 || !linked ? pluralizeWord(word) : word;
    })
    .join(" ");
}

export type Agreement = { readonly gender: Gender; readonly number: GrammaticalNumber };

/** Index in [m sg, f sg, m pl, f pl] paradigms. */
export function slotOf(agreement: Agreement): number {
  return (agreement.gender === "f" ? 1 : 0) + (agreement.number === "plural" ? 2 : 0);
}

// Articles, determiners and prenominal adjectives with their four forms.
const PARADIGMS: readonly (readonly [string, string, string, string])[] = [
  ["el", "la", "los", "las"],
  ["un", "una", "unos", "unas"],
  ["este", "esta", "estos", "estas"],
  ["ese", "esa", "esos", "esas"],
  ["aquel", "aquella", "aquellos", "aquellas"],
  ["nuestro", "nuestra", "nuestros", "nuestras"],
  ["vuestro", "vuestra", "vuestros", "vuestras"],
  ["otro", "otra", "otros", "otras"],
  ["todo", "toda", "todos", "todas"],
  ["mucho", "mucha", "muchos", "muchas"],
  ["poco", "poca", "pocos", "pocas"],
  ["algún", "alguna", "algunos", "algunas"],
  ["ningún", "ninguna", "ningunos", "ningunas"],
  ["mismo", "misma", "mismos", "mismas"],
  ["cuánto", "cuánta", "cuántos", "cuántas"],
  ["buen", "buena", "buenos", "buenas"],
  ["mal", "mala", "malos", "malas"],
  ["primer", "primera", "primeros", "primeras"],
  ["tercer", "tercera", "terceros", "terceras"],
  ["tu", "tu", "tus", "tus"],
  ["su", "su", "sus", "sus"],
  ["mi", "mi", "mis", "mis"],
  ["gran", "gran", "grandes", "grandes"],
  ["del", "de la", "de los", "de las"],
  ["al", "a la", "a los", "a las"],
];

const DETERMINER_INDEX: ReadonlyMap<string, { forms: readonly string[]; slots: readonly number[] }> = (() => {
  const map = new Map<string, { forms: readonly string[]; slots: number[] }>();
  for (const forms of PARADIGMS) {
    forms.forEach((form, slot) => {
      if (form.includes(" ")) return;
      const entry = map.get(form);
      if (entry) entry.slots.push(slot);
      else map.set(form, { forms, slots: [slot] });
    });
  }
  return map;
})();

/** The determiner `word` (agreeing with `from`) rewritten to agree with `to`, or undefined if it does not agree. */
export function reinflectDeterminer(word: string, from: Agreement, to: Agreement): string | undefined {
  const entry = DETERMINER_INDEX.get(word);
  if (!entry?.slots.includes(slotOf(from))) return undefined;
  return entry.forms[slotOf(to)];
}

export function isDeterminer(word: string): boolean {
  return DETERMINER_INDEX.has(word);
}

const ADJECTIVE_ENDINGS: readonly [string, string, string, string] = ["o", "a", "os", "as"];

/** An -o/-a adjective agreeing with `from`, reinflected for `to` (nuevo → nueva); undefined when it does not agree. */
export function reinflectAdjective(word: string, from: Agreement, to: Agreement): string | undefined {
  const fromEnding = ADJECTIVE_ENDINGS[slotOf(from)] ?? "";
  if (!word.endsWith(fromEnding) || word.length <= fromEnding.length + 2) return undefined;
  // "os"/"as" also end in "s"; make sure the singular ending is not part of a plural one.
  if (from.number === "singular" && /s$/.test(word)) return undefined;
  return word.slice(0, -fromEnding.length) + (ADJECTIVE_ENDINGS[slotOf(to)] ?? "");
}

/** Common adjectives of product copy whose masculine ends in -o (others are recognised by suffix). */
export const ADJECTIVE_STEMS: ReadonlySet<string> = new Set([
  "nuev",
  "buen",
  "mal",
  "salad",
  "viej",
  "baj",
  "alt",
  "bonit",
  "lind",
  "preci",
  "car",
  "barat",
  "negr",
  "blanc",
  "roj",
  "amarill",
  "moren",
  "rubi",
  "clar",
  "oscur",
  "pequeñ",
  "chic",
  "larg",
  "cort",
  "anch",
  "estrech",
  "perfect",
  "complet",
  "únic",
  "propi",
  "ideal",
  "exclusiv",
  "moderno",
  "modern",
  "cómod",
  "práctic",
  "ligero",
  "liger",
  "suav",
  "dur",
  "fresc",
  "rico",
  "ric",
  "sabros",
  "delicios",
  "usad",
  "reciclad",
  "seguro",
  "segur",
  "rápid",
  "lent",
  "limpi",
  "sucio",
  "suci",
  "divertid",
  "favorit",
  "nuestr",
  "mism",
  "perfect",
  "económic",
  "eléctric",
  "inalámbric",
  "deportiv",
  "clásic",
  "auténtic",
  "original",
  "diseñad",
  "hech",
  "ecológic",
  "orgánic",
  "gratuit",
  "plen",
  "list",
  "pes",
  "ampli",
  "bell",
  "hermos",
  "elegant",
  "fin",
  "grues",
  "delgad",
  "redond",
  "cuadrad",
  "morad",
  "dorad",
  "plateado",
  "platead",
  "celest",
  "mejorad",
  "renovad",
  "equipad",
  "importad",
  "nacional",
]);

const ADJECTIVE_SUFFIX = /(?:ic|os|iv|ad|id|ari|ári|és|ean|ian|ín)(?:o|a|os|as)$/;

/** Whether a word reads as an -o/-a adjective (nuevo, práctica, inalámbricos, usada). */
export function looksLikeAdjective(word: string): boolean {
  return ADJECTIVE_STEMS.has(withoutGenderEnding(word)) || ADJECTIVE_SUFFIX.test(word);
}

/**
 * An -o/-a adjective from the list of common ones (nuevo, barata, cómodos) or in -oso (silenciosa): not guessed from
 * endings nouns share too (teclado, vestido, archivo).
 */
export function isKnownAdjective(word: string): boolean {
  return ADJECTIVE_STEMS.has(withoutGenderEnding(word)) || /os[oa]s?$/.test(word);
}

/** The word without a final -os, -as, -o or -a. */
function withoutGenderEnding(word: string): string {
  if (word.endsWith("os") || word.endsWith("as")) return word.slice(0, -2);
  if (word.endsWith("o") || word.endsWith("a")) return word.slice(0, -1);
  return word;
}

const DETERMINER_AGREEMENT: ReadonlyMap<string, Agreement> = (() => {
  const map = new Map<string, Agreement>();
  for (const [word, entry] of DETERMINER_INDEX) {
    const genders = new Set(entry.slots.map((slot) => slot % 2));
    const numbers = new Set(entry.slots.map((slot) => (slot >= 2 ? 1 : 0)));
    if (genders.size !== 1 || numbers.size !== 1) continue;
    map.set(word, { gender: genders.has(1) ? "f" : "m", number: numbers.has(1) ? "plural" : "singular" });
  }
  return map;
})();

/** The gender and number a determiner shows, when it shows them unambiguously (la → f sg; tu → undefined). */
export function agreementOfDeterminer(word: string): Agreement | undefined {
  return DETERMINER_AGREEMENT.get(word);
}
