import type { MarketLocale } from "../markets.ts";
import type { Source } from "../source.ts";

/** `error`: vulgar or offensive in the market, never publish; `warning`: misleading or odd, rewrite. */
export type AvoidSeverity = "error" | "warning";

/** A word harmless elsewhere that is wrong or offensive in one market. Matched as a whole word, any inflection the engine knows. */
export interface AvoidEntry {
  readonly locale: MarketLocale;
  /** Lowercase; for verbs the infinitive. */
  readonly term: string;
  readonly reason: string;
  readonly severity: AvoidSeverity;
  readonly source: Source;
  /** What to write instead in that market, when one word does. */
  readonly suggestion?: string;
  /** Set for verbs, so the engine also matches conjugated forms. */
  readonly partOfSpeech?: "noun" | "verb" | "adjective";
}
