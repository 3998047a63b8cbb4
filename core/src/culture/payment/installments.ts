// Interest-free instalments in each market's own words: "a 12 meses sin intereses" (Mexico), "en 12 cuotas sin
// interés" (Argentina, Chile), "en 12 cuotas sin intereses" (Peru). The phrase, its preposition and the noun come
// from the market profile's payment idioms; transfer rewrites a whole phrase and lint suggests it.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import type { TokenMarks, TokenStream } from "../text/token-stream.ts";

/** How a market words interest-free instalments. */
export type InstallmentsStyle = {
  /** The noun phrase, lowercase: "cuotas sin interés", "meses sin intereses". */
  readonly phrase: string;
  /** The preposition before the count ("a 12 meses", "en 12 cuotas"), when the profile shows one. */
  readonly preposition: "a" | "en" | undefined;
  /** The market's own instalment phrases, lowercase: left alone wherever they appear. */
  readonly own: ReadonlySet<string>;
};

/** An instalments phrase in the text: [prep] [count] noun sin interés, or [prep] [count] MSI. */
export type InstallmentsPhrase = {
  readonly first: number;
  readonly last: number;
  /** Token of the a/en before the count or noun, or -1. */
  readonly preposition: number;
  /** Token of a plural determiner before the count or noun (los 12 MSI, las cuotas), or -1. */
  readonly determiner: number;
  /** Token of the count (12, doce), or -1. */
  readonly count: number;
  /** First token of the noun phrase (meses, cuotas, MSI). */
  readonly noun: number;
};

const NOUNS: ReadonlySet<string> = new Set(["meses", "mensualidades", "cuotas"]);
/** What "sin" may lack after an instalments noun: interest, or a surcharge (Uruguay's "sin recargo"). */
const WITHOUT: ReadonlySet<string> = new Set(["interés", "intereses", "recargo"]);
const ACRONYMS: ReadonlySet<string> = new Set(["msi"]);
/**
 * Whether an instalments phrase (lowercase words) promises no interest or surcharge: "sin interés", "sin recargo",
 * "MSI", and the wordings of markets this module does not rewrite (Costa Rica's "tasa cero", Brazil's "sem juros").
 */
export function promisesNoInterest(words: readonly string[]): boolean {
  return words.some(
    (word, k) =>
      ACRONYMS.has(word) ||
      (word === "sin" && WITHOUT.has(words[k + 1] ?? "")) ||
      (word === "tasa" && words[k + 1] === "cero") ||
      (word === "sem" && words[k + 1] === "juros"),
  );
}
const COUNTS: ReadonlySet<string> = new Set([
  "dos",
  "tres",
  "cuatro",
  "cinco",
  "seis",
  "nueve",
  "diez",
  "doce",
  "dieciocho",
  "veinticuatro",
]);
/** Plural determiners by gender: "los 12 MSI" becomes "las 12 cuotas sin interés". */
const DETERMINERS: ReadonlyMap<string, readonly [masculine: string, feminine: string]> = new Map(
  (
    [
      ["los", "las"],
      ["unos", "unas"],
      ["estos", "estas"],
      ["esos", "esas"],
      ["nuestros", "nuestras"],
      ["todos", "todas"],
    ] as const
  ).flatMap(([m, f]) => [
    [m, [m, f]],
    [f, [m, f]],
  ]),
);
const KINDS = ["interest-free-installments", "installments"] as const;
const NOUN_PHRASE = /^(?:cuotas|meses|mensualidades) sin (?:interés|intereses|recargo)$/;

const styles = new WeakMap<MarketProfile, InstallmentsStyle | null>();

/** The market's interest-free instalments wording, or undefined when its profile has no such phrase. */
export function installmentsStyle(profile: MarketProfile): InstallmentsStyle | undefined {
  let style = styles.get(profile);
  if (style === undefined) {
    style = buildStyle(profile);
    styles.set(profile, style);
  }
  return style ?? undefined;
}

function buildStyle(profile: MarketProfile): InstallmentsStyle | null {
  const phrases = KINDS.flatMap((kind) =>
    profile.paymentIdioms
      .filter((idiom) => idiom.kind === kind)
      .flatMap((idiom) => [idiom.phrase, ...idiom.variants].map((p) => p.toLowerCase().trim().split(/\s+/).join(" "))),
  );
  const phrase = phrases.find((p) => NOUN_PHRASE.test(p));
  if (phrase === undefined) return null;
  const noun = phrase.split(" ")[0] ?? "";
  let preposition: "a" | "en" | undefined;
  for (const p of phrases) {
    const [first, second] = p.split(" ");
    if ((first === "a" || first === "en") && second === noun) {
      preposition = first;
      break;
    }
  }
  const own = new Set(phrases.map((p) => p.replace(/^(?:a|en) /, "")));
  return { phrase, preposition, own };
}

/** Whether the text has a word an instalments phrase needs: most copy has none, and is not scanned. */
function anchorsOf(tokens: TokenStream): boolean[] | undefined {
  let any = false;
  const anchors = tokens.bySpelling((word) => {
    const anchor = NOUNS.has(word) || ACRONYMS.has(word);
    any ||= anchor;
    return anchor;
  });
  return any ? anchors : undefined;
}

/** Every instalments phrase in the text, in order, skipping claimed tokens. */
export function findInstallments(tokens: TokenStream, claimed?: TokenMarks): InstallmentsPhrase[] {
  const found: InstallmentsPhrase[] = [];
  const anchors = anchorsOf(tokens);
  if (anchors === undefined) return found;
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i) || !anchors[tokens.spelling(i)] || claimed?.has(i)) continue;
    const phrase = phraseAt(tokens, i, claimed);
    if (phrase === undefined) continue;
    found.push(phrase);
    i = phrase.last;
  }
  return found;
}

/** The phrase whose noun (or MSI) is token `noun`, or undefined. */
export function phraseAt(tokens: TokenStream, noun: number, claimed?: TokenMarks): InstallmentsPhrase | undefined {
  const word = tokens.lower(noun);
  let last = noun;
  if (NOUNS.has(word)) {
    const sin = tokens.after(noun);
    const what = tokens.after(sin);
    if (tokens.lower(sin) !== "sin" || !tokens.isWord(what) || !WITHOUT.has(tokens.lower(what))) return undefined;
    if (claimed?.has(sin) || claimed?.has(what)) return undefined;
    last = what;
  } else if (!ACRONYMS.has(word)) {
    return undefined;
  }
  let first = noun;
  let count = tokens.before(noun);
  if (count >= 0 && !claimed?.has(count) && (tokens.kind(count) === "number" || COUNTS.has(tokens.lower(count)))) {
    first = count;
  } else {
    count = -1;
    // "meses" alone is a span of time (en 3 meses); without a count only the whole idiom is taken.
    if (ACRONYMS.has(word))
      return withDeterminer(tokens, { first, last, preposition: -1, determiner: -1, count, noun });
  }
  const preposition = tokens.before(first);
  const prepositionWord = tokens.lower(preposition);
  if (preposition >= 0 && !claimed?.has(preposition) && (prepositionWord === "a" || prepositionWord === "en")) {
    first = preposition;
    return { first, last, preposition, determiner: -1, count, noun };
  }
  return withDeterminer(tokens, { first, last, preposition: -1, determiner: -1, count, noun });
}

function withDeterminer(tokens: TokenStream, phrase: InstallmentsPhrase): InstallmentsPhrase {
  const determiner = tokens.before(phrase.first);
  if (!DETERMINERS.has(tokens.lower(determiner))) return phrase;
  return { ...phrase, first: determiner, determiner };
}

/** The phrase in `style`'s words, keeping the count as written; undefined when it is the market's own already. */
export function rewriteInstallments(
  tokens: TokenStream,
  text: string,
  phrase: InstallmentsPhrase,
  style: InstallmentsStyle,
): string | undefined {
  const nounWords: string[] = [];
  for (let k = phrase.noun; k <= phrase.last; k++) if (tokens.isWord(k)) nounWords.push(tokens.lower(k));
  if (style.own.has(nounWords.join(" "))) return undefined;
  const parts: string[] = [];
  const determiner = DETERMINERS.get(tokens.lower(phrase.determiner));
  if (determiner) parts.push(determiner[style.phrase.startsWith("meses") ? 0 : 1]);
  if (phrase.preposition >= 0) parts.push(style.preposition ?? tokens.lower(phrase.preposition));
  if (phrase.count >= 0) parts.push(text.slice(tokens.start(phrase.count), tokens.end(phrase.count)));
  parts.push(style.phrase);
  const out = parts.join(" ");
  // Capitalised at the start of a sentence; an acronym's capitals (MSI) are not carried into the words.
  const head = text.charAt(tokens.start(phrase.first));
  return head !== head.toLowerCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
