// One engine per data set: the forms index and compiled lexicons are built once and cached per market pair.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import { buildFormsIndex, type FormsIndex } from "./conjugation/forms-index.ts";
import { type CultureData, defaultCultureData, profileResolver } from "./data.ts";
import { type CompiledLexicon, verbLemma } from "./lexicon/compile.ts";
import { createLinter, type LintOptions } from "./lint/lint.ts";
import { type RepairResult, repairText } from "./lint/repair.ts";
import type { Finding } from "./lint/types.ts";
import { compileTransferLexicon, type TransferOptions, type TransferResult, transferText } from "./transfer.ts";

export type CultureEngine = {
  /** Adapts Spanish copy from one market's variant to another's; see TransferResult. */
  readonly transfer: (text: string, from: string, to: string, options?: TransferOptions) => TransferResult;
  readonly lint: (text: string, locale: string, options?: LintOptions) => readonly Finding[];
  readonly repair: (text: string, locale: string, findings: readonly Finding[]) => RepairResult;
  /** The profile a locale, ISO code or market name resolves to (throws UnknownMarketError). */
  readonly profile: (query: string) => MarketProfile;
  readonly index: FormsIndex;
};

export function createCultureEngine(data: CultureData = defaultCultureData()): CultureEngine {
  const lexiconVerbs = data.lexicon
    .filter((concept) => concept.partOfSpeech === "verb")
    .flatMap((concept) => [concept.generic, ...Object.values(concept.terms)])
    .flatMap((cell) => ("term" in cell ? [cell.term, ...(cell.alternatives ?? [])] : []))
    .flatMap((term) => verbLemma(term.toLowerCase().split(" ")[0] ?? "").lemma ?? []);
  const avoidVerbs = data.avoid
    .filter((entry) => entry.partOfSpeech === "verb")
    .flatMap((entry) => verbLemma(entry.term).lemma ?? []);
  const index = buildFormsIndex([...lexiconVerbs, ...avoidVerbs]);
  const profile = profileResolver(data.profiles);
  const lexicons = new Map<string, CompiledLexicon>();
  const lexiconFor = (from: MarketProfile, to: MarketProfile): CompiledLexicon => {
    const key = `${from.locale}>${to.locale}`;
    let compiled = lexicons.get(key);
    if (compiled === undefined) {
      compiled = compileTransferLexicon(data.lexicon, data.avoid, from, to, index);
      lexicons.set(key, compiled);
    }
    return compiled;
  };
  const linter = createLinter(data, index);
  return {
    transfer: (text, from, to, options) =>
      transferText(text, profile(from), profile(to), { index, lexiconFor }, options),
    lint: (text, locale, options) => linter.lint(text, profile(locale), options),
    repair: (text, locale, findings) => repairText(text, profile(locale), findings),
    profile,
    index,
  };
}

let shared: CultureEngine | undefined;

/** The engine over the bundled cultural-profiles data, built on first use. */
export function defaultEngine(): CultureEngine {
  shared ??= createCultureEngine();
  return shared;
}
