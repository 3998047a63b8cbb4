// payment.idiom: a payment phrase that belongs to another market's rail (meses sin intereses outside Mexico).
import type { MarketProfile, PaymentIdiom } from "@frontier-ai/cultural-profiles";
import { installmentsStyle, phraseAt, promisesNoInterest, rewriteInstallments } from "../../payment/installments.ts";
import type { TokenStream } from "../../text/token-stream.ts";
import type { Finding, LintRule } from "../types.ts";

type Phrase = { readonly words: readonly string[]; readonly idiom: PaymentIdiom };

// Disclosure acronyms (CAT, CAE, TEA) collide with ordinary words; they are the compliance rules' business.
const FLAGGED_KINDS = new Set<PaymentIdiom["kind"]>([
  "interest-free-installments",
  "installments",
  "financing",
  "cash-voucher",
  "instant-payment",
  "bank-slip",
  "wallet",
]);

const INSTALMENT_KINDS = new Set<PaymentIdiom["kind"]>(["interest-free-installments", "installments"]);

function wordsOf(phrase: string): string[] | undefined {
  if (/[()]/.test(phrase)) return undefined;
  return phrase.toLowerCase().split(/\s+/).filter(Boolean);
}

function compile(profiles: readonly MarketProfile[], profile: MarketProfile) {
  const own: string[][] = profile.paymentIdioms.flatMap((idiom) =>
    [idiom.phrase, ...idiom.variants].flatMap((phrase) => {
      const words = wordsOf(phrase);
      return words ? [words] : [];
    }),
  );
  const ownText = own.map((w) => ` ${w.join(" ")} `);
  const markets = new Map<string, Set<string>>();
  for (const other of profiles) {
    for (const idiom of other.paymentIdioms) {
      for (const phrase of [idiom.phrase, ...idiom.variants]) {
        const words = wordsOf(phrase);
        if (!words) continue;
        for (const word of words) markets.set(word, new Set([...(markets.get(word) ?? []), other.country]));
        const key = words.join(" ");
        markets.set(`#${key}`, new Set([...(markets.get(`#${key}`) ?? []), other.country]));
      }
    }
  }
  const shared = [...markets.entries()]
    .filter(([key, countries]) => key.startsWith("#") && countries.size >= 3)
    .map(([key]) => ` ${key.slice(1)} `);
  const foreign = new Map<string, Phrase[]>();
  for (const other of profiles) {
    if (other.locale === profile.locale || other.language.code !== profile.language.code) continue;
    for (const idiom of other.paymentIdioms) {
      if (!FLAGGED_KINDS.has(idiom.kind)) continue;
      for (const phrase of [idiom.phrase, ...idiom.variants]) {
        const words = wordsOf(phrase);
        if (!words || words.length === 0) continue;
        const key = words.join(" ");
        // Shared by three or more markets ("en cuotas"), or part of this market's own phrases: not foreign.
        if ((markets.get(`#${key}`)?.size ?? 0) >= 3) continue;
        if (words.length === 1 && (markets.get(key)?.size ?? 0) >= 3) continue;
        if (ownText.some((text) => text.includes(` ${key} `))) continue;
        // "paga en cuotas" only wraps the shared "en cuotas" (or this market's own phrase) in a verb.
        if ([...shared, ...ownText].some((inner) => ` ${key} `.includes(inner))) continue;
        const first = words[0] ?? "";
        foreign.set(
          first,
          [...(foreign.get(first) ?? []), { words, idiom }].sort((a, b) => b.words.length - a.words.length),
        );
      }
    }
  }
  const ownByFirst = new Map<string, string[][]>();
  for (const words of own) ownByFirst.set(words[0] ?? "", [...(ownByFirst.get(words[0] ?? "") ?? []), words]);
  return { ownByFirst, foreign };
}

// Plain loops: these run for every token that starts a phrase, and a closure per call is garbage.
function longestOwn(candidates: readonly (readonly string[])[] | undefined, tokens: TokenStream, i: number): number {
  if (candidates) for (const words of candidates) if (tokens.matches(i, words)) return words.length;
  return 0;
}

function foreignAt(candidates: readonly Phrase[] | undefined, tokens: TokenStream, i: number): Phrase | undefined {
  if (candidates) for (const phrase of candidates) if (tokens.matches(i, phrase.words)) return phrase;
  return undefined;
}

export function paymentIdiomRule(profiles: readonly MarketProfile[]): LintRule {
  const cache = new Map<string, ReturnType<typeof compile>>();
  return {
    id: "payment.idiom",
    description: "A payment phrase from another market's rail (MSI outside Mexico, Pix outside Brazil).",
    check: ({ text, stream: tokens, profile }) => {
      let tables = cache.get(profile.locale);
      if (!tables) {
        tables = compile(profiles, profile);
        cache.set(profile.locale, tables);
      }
      const findings: Finding[] = [];
      const mine = profile.paymentIdioms;
      const { ownByFirst, foreign } = tables;
      // A phrase with a word the text never uses cannot match anywhere: most copy keeps none of another market's
      // idioms, and then there is nothing to look for.
      const inText = new Set(tokens.spellings);
      const present = <T>(phrases: readonly T[] | undefined, words: (phrase: T) => readonly string[]) => {
        const kept = phrases?.filter((phrase) => words(phrase).every((word) => inText.has(word)));
        return kept?.length ? kept : undefined;
      };
      const foreignStarts = tokens.bySpelling((word) => present(foreign.get(word), (phrase) => phrase.words));
      if (!foreignStarts.some((phrases) => phrases !== undefined)) return findings;
      const ownStarts = tokens.bySpelling((word) => present(ownByFirst.get(word), (words) => words));
      for (let i = 0; i < tokens.length; i++) {
        if (!tokens.isWord(i)) continue;
        const spelling = tokens.spelling(i);
        const ownLength = longestOwn(ownStarts[spelling], tokens, i);
        if (ownLength > 0) {
          i += ownLength - 1;
          continue;
        }
        const hit = foreignAt(foreignStarts[spelling], tokens, i);
        if (!hit) continue;
        let first = i;
        let last = i + hit.words.length - 1;
        let suggestion: string | undefined;
        // Instalments are suggested whole in this market's idiom, preposition and count included ("en 12 cuotas sin
        // interés" → "a 12 meses sin intereses"); the interest words inside are then this finding's, not the lexicon's.
        const style = INSTALMENT_KINDS.has(hit.idiom.kind) ? installmentsStyle(profile) : undefined;
        const phrase = style ? phraseAt(tokens, i) : undefined;
        if (style && phrase && phrase.last >= last) {
          suggestion = rewriteInstallments(tokens, text, phrase, style);
          if (suggestion !== undefined) {
            first = phrase.first;
            last = phrase.last;
          }
        }
        if (suggestion === undefined) {
          const sameKind = mine.filter((idiom) => idiom.kind === hit.idiom.kind);
          const own = sameKind.length === 1 ? sameKind[0]?.phrase : undefined;
          // A phrase that promises no interest is not replaced by one that does not ("cuotas sin interés" is not
          // "en cuotas"): the finding stays, without a fix that would drop the promise or the grammar around it.
          suggestion =
            own !== undefined && promisesNoInterest(hit.words) === promisesNoInterest(own.toLowerCase().split(" "))
              ? own
              : undefined;
        }
        findings.push({
          rule: "payment.idiom",
          severity: "warning",
          message: `"${hit.words.join(" ")}" is ${hit.idiom.market}'s ${hit.idiom.kind} idiom (${hit.idiom.rail}); it does not exist as such in ${profile.locale}.`,
          start: tokens.start(first),
          end: tokens.end(last),
          ...(suggestion === undefined ? {} : { suggestion }),
        });
        i = last;
      }
      return findings;
    },
  };
}
