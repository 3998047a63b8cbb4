// lexicon.other-variant: a word another market uses for a concept this market names differently.
// lexicon.avoid: a word that is wrong or offensive in this market.
import { type AvoidEntry, type LexiconConcept, type MarketProfile, termFor } from "@frontier-ai/cultural-profiles";
import { applyWithin } from "../../adaptation.ts";
import type { FormsIndex } from "../../conjugation/forms-index.ts";
import { formOf } from "../../conjugation/forms-index.ts";
import { allSlots, type CompiledLexicon, compileLexicon, surfaceTerms, type TermMatch } from "../../lexicon/compile.ts";
import { pluralizeTerm } from "../../lexicon/inflect.ts";
import { findTerms, rewriteHit } from "../../lexicon/lexicon-transfer.ts";
import { matchCase } from "../../text/accents.ts";
import { TokenMarks, type TokenStream } from "../../text/token-stream.ts";
import type { Finding, LintRule } from "../types.ts";

type OwnTerms = ReadonlyMap<string, readonly (readonly string[])[]>;

type LocaleTables = {
  readonly foreign: CompiledLexicon;
  readonly own: OwnTerms;
  readonly usedBy: ReadonlyMap<string, string[]>;
  /** Finding message per matched term, filled on first use. */
  readonly messages: Map<TermMatch, string>;
};

function buildTables(
  concepts: readonly LexiconConcept[],
  profiles: readonly MarketProfile[],
  profile: MarketProfile,
  index: FormsIndex,
): LocaleTables {
  const peers = profiles.filter((p) => p.language.code === profile.language.code && p.locale !== profile.locale);
  const ownSurfaces = new Set<string>();
  const own = new Map<string, string[][]>();
  const usedBy = new Map<string, string[]>();
  for (const concept of concepts) {
    const mine = termFor(concept, profile.locale);
    for (const surface of surfaceTerms(mine)) {
      for (const form of [surface, pluralizeTerm(surface)]) {
        ownSurfaces.add(form);
        const words = form.split(" ");
        if (words.length > 1) {
          const first = words[0] ?? "";
          own.set(first, [...(own.get(first) ?? []), words]);
        }
      }
    }
    for (const peer of peers) {
      for (const surface of surfaceTerms(termFor(concept, peer.locale))) {
        usedBy.set(surface, [...new Set([...(usedBy.get(surface) ?? []), peer.locale])]);
      }
    }
  }
  // Only regionalisms are flagged: a word a third of the language's markets use is common currency, and a word
  // any market marks as having other senses (pieza: piece / bedroom) is never flagged.
  const widely = Math.max(2, Math.ceil(peers.length / 3));
  const foreign = compileLexicon(
    concepts,
    (concept) => {
      const target = termFor(concept, profile.locale);
      const ambiguousWords = new Set(
        [concept.generic, ...Object.values(concept.terms)].flatMap((cell) =>
          "term" in cell && cell.ambiguous ? surfaceTerms(cell) : [],
        ),
      );
      // Peers that share a cell share it once; two cells with the same main term keep their own alternatives
      // (portátil in Colombia, portátil or ordenador portátil in Spain).
      const seen = new Set<string>();
      const sources = peers
        .map((peer) => termFor(concept, peer.locale))
        .filter((term) => {
          const key = term.term.toLowerCase();
          const cell = surfaceTerms(term).join("|");
          if (seen.has(cell) || ownSurfaces.has(key) || ambiguousWords.has(key)) return false;
          if ((usedBy.get(key)?.length ?? 0) >= widely) return false;
          seen.add(cell);
          return true;
        })
        .map((term) => {
          const alternatives = (term.alternatives ?? []).filter(
            (alternative) =>
              !ownSurfaces.has(alternative) &&
              !ambiguousWords.has(alternative) &&
              (usedBy.get(alternative)?.length ?? 0) < widely,
          );
          return { ...term, alternatives };
        });
      return { sources, target };
    },
    index,
  );
  return { foreign, own, usedBy, messages: new Map() };
}

/** Tokens covered by this market's own multi-word terms ("carro de compras"), never flagged piecemeal. */
function claimOwnTerms(tokens: TokenStream, own: OwnTerms): TokenMarks | undefined {
  let claimed: TokenMarks | undefined;
  const starts = tokens.bySpelling((word) => own.get(word));
  for (let i = 0; i < tokens.length; i++) {
    const candidates = starts[tokens.spelling(i)];
    if (!candidates) continue;
    for (const words of candidates) {
      if (tokens.matches(i, words)) {
        claimed ??= new TokenMarks(tokens.length);
        for (let k = 0; k < words.length; k++) claimed.add(i + k);
        break;
      }
    }
  }
  return claimed;
}

export function otherVariantRule(
  concepts: readonly LexiconConcept[],
  profiles: readonly MarketProfile[],
  index: FormsIndex,
): LintRule {
  const cache = new Map<string, LocaleTables>();
  return {
    id: "lexicon.other-variant",
    description: "A word another market uses for a concept this market names differently.",
    check: ({ text, stream: tokens, profile }) => {
      let tables = cache.get(profile.locale);
      if (!tables) {
        tables = buildTables(concepts, profiles, profile, index);
        cache.set(profile.locale, tables);
      }
      const findings: Finding[] = [];
      const reason = `${profile.locale} term`;
      const { messages, usedBy } = tables;
      const hits = findTerms(tokens, tables.foreign, claimOwnTerms(tokens, tables.own));
      for (let k = 0; k < hits.length; k++) {
        const hit = hits[k];
        if (!hit) continue;
        const adaptations = rewriteHit(tokens, text, hit, index, undefined, reason);
        let start = Number.POSITIVE_INFINITY;
        let end = Number.NEGATIVE_INFINITY;
        for (let a = 0; a < adaptations.length; a++) {
          const adaptation = adaptations[a];
          if (!adaptation) continue;
          if (adaptation.start < start) start = adaptation.start;
          if (adaptation.end > end) end = adaptation.end;
        }
        // The message depends on the term only; a catalogue repeats the same few terms thousands of times.
        let message = messages.get(hit.match);
        if (message === undefined) {
          const word = hit.match.surface;
          const markets = usedBy.get(word)?.join(", ") ?? "another market";
          message = `"${word}" (${hit.match.concept.gloss}) is the word of ${markets}; ${profile.locale} says "${hit.match.target.term}".`;
          messages.set(hit.match, message);
        }
        findings.push({
          rule: "lexicon.other-variant",
          severity: "warning",
          message,
          start,
          end,
          suggestion: applyWithin(text, start, end, adaptations),
        });
      }
      return findings;
    },
  };
}

type AvoidMatch = {
  readonly words: readonly string[];
  readonly entry: AvoidEntry;
  readonly message: string;
  readonly suggestion?: string;
};

function avoidTable(
  entries: readonly AvoidEntry[],
  index: FormsIndex,
  locale: string,
): ReadonlyMap<string, readonly AvoidMatch[]> {
  const table = new Map<string, AvoidMatch[]>();
  const add = (form: string, entry: AvoidEntry, suggestion: string | undefined) => {
    const words = form.toLowerCase().split(" ");
    const first = words[0] ?? "";
    const message = `Avoid "${entry.term}" in ${locale}: ${entry.reason}`;
    const match: AvoidMatch =
      suggestion === undefined ? { words, entry, message } : { words, entry, message, suggestion };
    table.set(
      first,
      [...(table.get(first) ?? []), match].sort((a, b) => b.words.length - a.words.length),
    );
  };
  for (const entry of entries) {
    const term = entry.term.toLowerCase();
    if (entry.partOfSpeech === "verb" && !term.includes(" ")) {
      const suggestionParadigm =
        entry.suggestion?.includes(" ") === false ? index.paradigm(entry.suggestion) : undefined;
      for (const { slot, form } of allSlots(index.paradigm(term))) {
        add(form, entry, suggestionParadigm ? formOf(suggestionParadigm, slot) : entry.suggestion);
      }
    } else {
      add(term, entry, entry.suggestion);
      if (entry.partOfSpeech !== "adjective" && !term.endsWith("s")) {
        add(pluralizeTerm(term), entry, entry.suggestion === undefined ? undefined : pluralizeTerm(entry.suggestion));
      }
    }
  }
  return table;
}

function avoidAt(
  candidates: readonly AvoidMatch[] | undefined,
  tokens: TokenStream,
  i: number,
): AvoidMatch | undefined {
  if (candidates) for (const match of candidates) if (tokens.matches(i, match.words)) return match;
  return undefined;
}

export function avoidRule(entries: readonly AvoidEntry[], index: FormsIndex): LintRule {
  const cache = new Map<string, ReadonlyMap<string, readonly AvoidMatch[]>>();
  return {
    id: "lexicon.avoid",
    description: "A word that is wrong or offensive in this market.",
    check: ({ text, stream: tokens, profile }) => {
      let table = cache.get(profile.locale);
      if (!table) {
        table = avoidTable(
          entries.filter((entry) => entry.locale === profile.locale),
          index,
          profile.locale,
        );
        cache.set(profile.locale, table);
      }
      const findings: Finding[] = [];
      const starts = tokens.bySpelling((word) => table.get(word));
      for (let i = 0; i < tokens.length; i++) {
        if (!tokens.isWord(i)) continue;
        const match = avoidAt(starts[tokens.spelling(i)], tokens, i);
        if (!match) continue;
        const start = tokens.start(i);
        const end = tokens.end(i + match.words.length - 1);
        const { message, suggestion } = match;
        const severity = match.entry.severity;
        findings.push(
          suggestion === undefined
            ? { rule: "lexicon.avoid", severity, message, start, end }
            : {
                rule: "lexicon.avoid",
                severity,
                message,
                start,
                end,
                suggestion: matchCase(text.slice(start, end), suggestion),
              },
        );
        i += match.words.length - 1;
      }
      return findings;
    },
  };
}
