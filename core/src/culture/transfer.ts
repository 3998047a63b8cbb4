// transfer(): deterministic adaptation of Spanish copy from one regional variant to another.
import {
  type AvoidEntry,
  type LexiconConcept,
  type LexiconTerm,
  type MarketProfile,
  marketLocales,
  termFor,
} from "@frontier-ai/cultural-profiles";
import { type Adaptation, applyAdaptations } from "./adaptation.ts";
import { addressAdaptations, addressTools, planAddress, type SingularAddress } from "./address/address-transfer.ts";
import { resolveVerbAt } from "./address/resolve.ts";
import type { FormsIndex, VerbSlot } from "./conjugation/forms-index.ts";
import { UnsupportedTransferError } from "./errors.ts";
import { formatAdaptations } from "./format/format-transfer.ts";
import { type CompiledLexicon, compileLexicon } from "./lexicon/compile.ts";
import { findTerms, rewriteHit } from "./lexicon/lexicon-transfer.ts";
import type { Finding } from "./lint/types.ts";
import { findInstallments, installmentsStyle, rewriteInstallments } from "./payment/installments.ts";
import { TokenMarks } from "./text/token-stream.ts";
import { scanTokens } from "./text/tokenize.ts";

export type TransferOptions = {
  /** Singular address to write in (default: the target market's). `usted` turns tú/vos copy formal. */
  readonly address?: SingularAddress;
};

export type TransferResult = {
  readonly text: string;
  readonly adaptations: readonly Adaptation[];
  /** What transfer noticed but must not change (a price in another currency). */
  readonly findings: readonly Finding[];
};

export type TransferDeps = {
  readonly index: FormsIndex;
  readonly lexiconFor: (from: MarketProfile, to: MarketProfile) => CompiledLexicon;
};

/** The address forms a profile writes in; Portuguese profiles have none the Spanish engine handles. */
export function addressOf(profile: MarketProfile, override?: SingularAddress) {
  const singular: SingularAddress = override ?? (profile.address.default === "voce" ? "tu" : profile.address.default);
  const plural = profile.address.plural === "vosotros" ? "vosotros" : "ustedes";
  return { singular, plural } as const;
}

export function compileTransferLexicon(
  concepts: readonly LexiconConcept[],
  avoid: readonly AvoidEntry[],
  from: MarketProfile,
  to: MarketProfile,
  index: FormsIndex,
): CompiledLexicon {
  const picks = new Map<LexiconConcept, { sources: LexiconTerm[]; target: LexiconTerm }>();
  for (const concept of concepts) {
    picks.set(concept, { sources: [termFor(concept, from.locale)], target: termFor(concept, to.locale) });
  }
  // A word the target must avoid (coger in Mexico) is swapped for the suggested one when the source uses it.
  for (const entry of avoid) {
    if (entry.locale !== to.locale || entry.suggestion === undefined) continue;
    const concept = avoidConcept(entry, entry.suggestion);
    picks.set(concept, { sources: [concept.generic], target: { ...concept.generic, term: entry.suggestion } });
  }
  return compileLexicon([...picks.keys()], (concept) => picks.get(concept), index);
}

function avoidConcept(entry: AvoidEntry, suggestion: string): LexiconConcept {
  const generic: LexiconTerm = { term: entry.term, gender: null, number: "singular", source: entry.source };
  const terms = Object.fromEntries(
    marketLocales.map((locale) => [locale, { sameAsGeneric: true as const, source: entry.source }]),
  );
  return {
    id: `avoid-${entry.term}`,
    domain: "everyday-verbs",
    partOfSpeech: entry.partOfSpeech ?? "noun",
    gloss: `${entry.reason} → ${suggestion}`,
    generic,
    terms: terms as LexiconConcept["terms"],
  };
}

export function transferText(
  text: string,
  from: MarketProfile,
  to: MarketProfile,
  deps: TransferDeps,
  options: TransferOptions = {},
): TransferResult {
  if (from.language.code !== to.language.code) throw new UnsupportedTransferError(from.locale, to.locale);
  if (from.language.code !== "es" || (from.locale === to.locale && options.address === undefined)) {
    return { text, adaptations: [], findings: [] };
  }
  const tokens = scanTokens(text);
  const plan = planAddress(addressOf(from), addressOf(to, options.address));
  const tools = addressTools(tokens, plan, deps.index);
  const claimed = new TokenMarks(tokens.length);
  const adaptations: Adaptation[] = [];

  const reason = `${from.locale} → ${to.locale}`;
  // Interest-free instalments are an idiom, rewritten whole with its preposition ("a 12 meses sin intereses" →
  // "en 12 cuotas sin interés"), before the lexicon could swap its nouns one by one.
  const installments = installmentsStyle(to);
  if (installments !== undefined) {
    const phrases = findInstallments(tokens);
    for (let k = 0; k < phrases.length; k++) {
      const phrase = phrases[k];
      if (!phrase) continue;
      const rewritten = rewriteInstallments(tokens, text, phrase, installments);
      if (rewritten === undefined) continue;
      const start = tokens.start(phrase.first);
      const end = tokens.end(phrase.last);
      adaptations.push({
        from: text.slice(start, end),
        to: rewritten,
        reason: `${reason}: interest-free instalments as ${to.locale} words them ("${installments.phrase}")`,
        rule: "payment.idiom",
        start,
        end,
      });
      for (let t = phrase.first; t <= phrase.last; t++) claimed.add(t);
    }
  }

  const lexicon = deps.lexiconFor(from, to);
  const hits = findTerms(tokens, lexicon, claimed);
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k];
    if (!hit) continue;
    for (let t = hit.first; t <= hit.last; t++) claimed.add(t);
  }
  // Lexicon verbs are conjugated when the address pass reaches them, so they see the same context it does. The pass
  // visits claimed tokens in order, so the next hit is found by walking the list.
  let next = 0;
  const rewriteAt = (i: number) => {
    while ((hits[next]?.first ?? Number.POSITIVE_INFINITY) < i) next++;
    const hit = hits[next];
    if (hit?.first !== i) return;
    const slot = hit.match.verb ? slotAt(i) : undefined;
    const rewritten = rewriteHit(tokens, text, hit, deps.index, slot, reason, claimed);
    for (let k = 0; k < rewritten.length; k++) {
      const adaptation = rewritten[k];
      if (adaptation) adaptations.push(adaptation);
    }
  };
  const slotAt = (i: number): VerbSlot | undefined => {
    const analysis = resolveVerbAt(tools.ctx, i)?.analysis;
    if (!analysis || analysis.person === null) return undefined;
    const target = tools.targetPerson(analysis.person);
    return target ? { tense: analysis.tense, person: target } : undefined;
  };
  // Concatenated, not spread into push: a long text yields more adaptations than a call may take arguments.
  const address = addressAdaptations(text, plan, tools, claimed, rewriteAt);
  const formats = formatAdaptations(tokens, from, to);
  const ordered = changesInOrder(adaptations.concat(address, formats.adaptations));
  return { text: applyAdaptations(text, ordered), adaptations: ordered, findings: formats.findings };
}

/** Sorts the list in place and keeps the real changes, the longest first where two start together. */
function changesInOrder(adaptations: Adaptation[]): Adaptation[] {
  adaptations.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Adaptation[] = [];
  let cursor = 0;
  for (let k = 0; k < adaptations.length; k++) {
    const adaptation = adaptations[k];
    if (!adaptation || adaptation.from === adaptation.to || adaptation.start < cursor) continue;
    out.push(adaptation);
    cursor = adaptation.end;
  }
  return out;
}
