// transfer(): deterministic adaptation of Spanish copy from one regional variant to another.

import type { LexiconConcept, MarketProfile } from "@frontier-ai/cultural-profiles";
import { termFor } from "@frontier-ai/cultural-profiles";
import { type Adaptation, applyAdaptations } from "./adaptation.ts";
import { addressAdaptations, addressTools, planAddress, type SingularAddress } from "./address/address-transfer.ts";
import { resolveVerbAt } from "./address/resolve.ts";
import type { FormsIndex } from "./conjugation/forms-index.ts";
import { UnsupportedTransferError } from "./errors.ts";
import { formatAdaptations } from "./format/format-transfer.ts";
import { type CompiledLexicon, compileLexicon } from "./lexicon/compile.ts";
import { findTerms, rewriteHit } from "./lexicon/lexicon-transfer.ts";
import type { Finding } from "./lint/types.ts";
import { tokenize } from "./text/tokenize.ts";

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
  from: MarketProfile,
  to: MarketProfile,
  index: FormsIndex,
): CompiledLexicon {
  return compileLexicon(
    concepts,
    (concept) => ({ sources: [termFor(concept, from.locale)], target: termFor(concept, to.locale) }),
    index,
  );
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
  const tokens = tokenize(text);
  const plan = planAddress(addressOf(from), addressOf(to, options.address));
  const tools = addressTools(tokens, plan, deps.index);
  const claimed = new Set<number>();
  const adaptations: Adaptation[] = [];

  const lexicon = deps.lexiconFor(from, to);
  for (const hit of findTerms(tokens, lexicon, claimed)) {
    const rewrite = rewriteHit(
      tokens,
      text,
      hit,
      deps.index,
      (verbHit) => {
        const analysis = resolveVerbAt(tools.ctx, verbHit.first)?.analysis;
        if (!analysis || analysis.person === null) return undefined;
        const target = tools.targetPerson(analysis.person);
        return target ? { tense: analysis.tense, person: target } : undefined;
      },
      `${from.locale} → ${to.locale}`,
    );
    for (const k of rewrite.claimed) claimed.add(k);
    adaptations.push(...rewrite.adaptations);
  }
  adaptations.push(...addressAdaptations(text, plan, tools, claimed));
  const formats = formatAdaptations(tokens, from, to);
  adaptations.push(...formats.adaptations);

  const ordered = dropOverlaps(adaptations.filter((a) => a.from !== a.to));
  return { text: applyAdaptations(text, ordered), adaptations: ordered, findings: formats.findings };
}

function dropOverlaps(adaptations: readonly Adaptation[]): Adaptation[] {
  const sorted = [...adaptations].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Adaptation[] = [];
  let cursor = 0;
  for (const adaptation of sorted) {
    if (adaptation.start < cursor) continue;
    out.push(adaptation);
    cursor = adaptation.end;
  }
  return out;
}
