import { marketLocales } from "../markets.ts";
import type { LexiconConcept } from "./types.ts";

export interface LexiconSourceCounts {
  readonly cells: number;
  /** Cells whose own source is verified (a term or a same-as-generic a source states). */
  readonly sourced: number;
  readonly unsourced: number;
  readonly sameAsGeneric: number;
  readonly byLocale: Readonly<Record<string, { readonly sourced: number; readonly unsourced: number }>>;
}

/** How many lexicon cells a source backs, overall and per market. */
export function countLexiconSources(concepts: readonly LexiconConcept[]): LexiconSourceCounts {
  let sourced = 0;
  let sameAsGeneric = 0;
  let cells = 0;
  const byLocale: Record<string, { sourced: number; unsourced: number }> = {};
  for (const locale of marketLocales) {
    const counts = { sourced: 0, unsourced: 0 };
    byLocale[locale] = counts;
    for (const concept of concepts) {
      const cell = concept.terms[locale];
      cells += 1;
      if ("sameAsGeneric" in cell) sameAsGeneric += 1;
      if (cell.source.verified) {
        sourced += 1;
        counts.sourced += 1;
      } else {
        counts.unsourced += 1;
      }
    }
  }
  return { cells, sourced, unsourced: cells - sourced, sameAsGeneric, byLocale };
}
