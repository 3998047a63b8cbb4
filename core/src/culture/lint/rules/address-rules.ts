// address.mixed, address.vosotros and address.market-form: how the copy addresses the reader.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import type { Adaptation } from "../../adaptation.ts";
import {
  type AddressPlan,
  addressAdaptations,
  addressTools,
  type SingularAddress,
} from "../../address/address-transfer.ts";
import {
  mayBeVerb,
  type ResolveContext,
  type ResolvedVerb,
  resolveContext,
  resolveVerbAt,
} from "../../address/resolve.ts";
import { CLITIC_SET } from "../../address/words.ts";
import type { Person } from "../../conjugation/conjugate.ts";
import { type FormsIndex, formOf, type VerbAnalysis } from "../../conjugation/forms-index.ts";
import type { TokenStream } from "../../text/token-stream.ts";
import type { Finding, LintContext, LintRule } from "../types.ts";

export type AddressKind = "tu" | "vos" | "usted" | "vosotros";

/** The address forms found in a text, in order: parallel lists rather than an object per form. */
export type AddressOccurrences = {
  readonly tokenIndexes: readonly number[];
  readonly kinds: readonly AddressKind[];
};

const PRONOUNS: Readonly<Record<string, AddressKind>> = {
  tú: "tu",
  ti: "tu",
  contigo: "tu",
  vos: "vos",
  usted: "usted",
  vosotros: "vosotros",
  vosotras: "vosotros",
  vuestro: "vosotros",
  vuestra: "vosotros",
  vuestros: "vosotros",
  vuestras: "vosotros",
  os: "vosotros",
};

const INFORMAL: ReadonlySet<Person> = new Set<Person>(["tu", "vos", "vosotros"]);
const FORMAL: ReadonlySet<Person> = new Set<Person>(["el"]);

const LABEL: Readonly<Record<AddressKind, string>> = { tu: "tú", vos: "vos", usted: "usted", vosotros: "vosotros" };

/** Every unambiguous address form in the text. Forms tú and vos share (tendrás, no compres) count for neither. */
export function detectAddress(
  tokens: TokenStream,
  index: FormsIndex,
  preferIs: "vos" | "vosotros",
): AddressOccurrences {
  const state = { imperativeInSentence: false, secondPersonSeen: false };
  const informal = resolveContext(tokens, index, { persons: INFORMAL, preferIs, withNonFinite: false }, state);
  const formal = resolveContext(tokens, index, { persons: FORMAL, preferIs, withNonFinite: false }, state);
  const tokenIndexes: number[] = [];
  const kinds: AddressKind[] = [];
  const add = (kind: AddressKind, i: number) => {
    tokenIndexes.push(i);
    kinds.push(kind);
  };
  const pronouns = tokens.bySpelling((word) => PRONOUNS[word]);
  const commands = tokens.bySpelling((word) => ustedCommandShape(index.forms.get(word)));
  // Most words are neither a pronoun nor any reading's verb: for them only the sentence state moves.
  const relevant = tokens.bySpelling((_, spelling) => {
    const shape = commands[spelling];
    if (pronouns[spelling] !== undefined || shape === "plain" || mayBeVerb(informal, spelling)) return true;
    return shape === "enclitic" && mayBeVerb(formal, spelling);
  });
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i)) continue;
    if (tokens.sentenceBreak(i)) state.imperativeInSentence = false;
    if (!relevant[tokens.spelling(i)]) continue;
    const pronoun = pronouns[tokens.spelling(i)];
    if (pronoun) {
      state.secondPersonSeen = true;
      add(pronoun, i);
      continue;
    }
    const resolved = resolveVerbAt(informal, i);
    if (resolved && resolved.analysis.person !== null) {
      state.secondPersonSeen = true;
      if (resolved.analysis.tense === "imperative") state.imperativeInSentence = true;
      if (sharedByTuAndVos(index, resolved)) continue;
      const { person } = resolved.analysis;
      add(person === "vosotros" ? "vosotros" : person === "vos" ? "vos" : "tu", i);
      continue;
    }
    if (isUstedCommand(formal, commands[tokens.spelling(i)] ?? "never", tokens, i)) add("usted", i);
  }
  return { tokenIndexes, kinds };
}

const shared = new WeakMap<ResolvedVerb, boolean>();

/** A tú form that is also the vos form (tendrás, no compres), or the reverse: a reading memoised per form. */
function sharedByTuAndVos(index: FormsIndex, resolved: ResolvedVerb): boolean {
  let answer = shared.get(resolved);
  if (answer === undefined) {
    const { analysis } = resolved;
    const other = analysis.person === "tu" ? "vos" : analysis.person === "vos" ? "tu" : undefined;
    answer =
      other !== undefined &&
      analysis.person !== null &&
      formOf(index.paradigm(analysis.lemma), { tense: analysis.tense, person: other }) === resolved.base;
    shared.set(resolved, answer);
  }
  return answer;
}

/**
 * What a spelling can be as an usted command: a plain form that is only an usted command (compre) counts at the
 * start of a clause; one that is also a present or a tú/vos form never; a word with no plain form may carry
 * enclitics (regístrese).
 */
type UstedCommandShape = "plain" | "never" | "enclitic";

function ustedCommandShape(analyses: readonly VerbAnalysis[] | undefined): UstedCommandShape {
  if (!analyses) return "enclitic";
  const command = analyses.find((a) => a.tense === "imperative" && a.person === "el");
  if (!command) return "never";
  const other = analyses.some(
    (a) =>
      a.tense === "present" ||
      a.person === "tu" ||
      a.person === "vos" ||
      (a.person === "yo" && a.tense !== "subjunctive"),
  );
  return other ? "never" : "plain";
}

/** "Compre ahora", "Regístrese": a subjunctive-form command at the start of a clause, or one with enclitics. */
function isUstedCommand(formal: ResolveContext, shape: UstedCommandShape, tokens: TokenStream, i: number): boolean {
  if (shape === "enclitic") return resolveVerbAt(formal, i)?.analysis.tense === "imperative";
  if (shape === "never") return false;
  const afterClitic = i > 0 && CLITIC_SET.has(tokens.lower(i - 1));
  return tokens.clauseStart(i) && !(afterClitic && !(tokens.sentenceBreak(i) || tokens.openerBreak(i)));
}

type Detection = {
  readonly occurrences: AddressOccurrences;
  /** How many forms of each singular kind, in the order the kinds first appear. */
  readonly counts: ReadonlyMap<AddressKind, number>;
  readonly expected: SingularAddress | undefined;
};

export type AddressRuleOptions = { readonly expected?: SingularAddress };

const NO_OCCURRENCES: AddressOccurrences = { tokenIndexes: [], kinds: [] };

/** How many forms of each singular kind, in the order the kinds first appear (counted without a map per form). */
function countKinds(occurrences: AddressOccurrences): Map<AddressKind, number> {
  const { kinds } = occurrences;
  let tu = 0;
  let vos = 0;
  let usted = 0;
  const order: AddressKind[] = [];
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    if (kind === "tu" && tu++ === 0) order.push(kind);
    else if (kind === "vos" && vos++ === 0) order.push(kind);
    else if (kind === "usted" && usted++ === 0) order.push(kind);
  }
  const totals: Readonly<Record<AddressKind, number>> = { tu, vos, usted, vosotros: 0 };
  return new Map(order.map((kind) => [kind, totals[kind]]));
}

/** The changes the address pass would make, by start; a finding takes the one whose span is exactly its own. */
class Fixes {
  readonly #sorted: readonly Adaptation[];
  /** Where the last lookup ended: findings ask in text order, so the next answer is at or just past it. */
  #cursor = 0;

  constructor(adaptations: readonly Adaptation[]) {
    let ordered = true;
    for (let k = 1; k < adaptations.length && ordered; k++) {
      ordered = (adaptations[k - 1]?.start ?? 0) < (adaptations[k]?.start ?? 0);
    }
    this.#sorted = ordered ? adaptations : [...adaptations].sort((a, b) => a.start - b.start);
  }

  /** The replacement for exactly [start, end) (the last change starting there), if any. */
  at(start: number, end: number): string | undefined {
    const sorted = this.#sorted;
    // The first index whose start is past `start`; the candidate is the one before it.
    let low = this.#cursor > 0 && (sorted[this.#cursor - 1]?.start ?? 0) <= start ? this.#cursor : 0;
    let high = sorted.length;
    for (let step = 0; step < 4 && low < high && (sorted[low]?.start ?? 0) <= start; step++) low++;
    if (low < high && (sorted[low]?.start ?? 0) <= start) {
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((sorted[middle]?.start ?? 0) <= start) low = middle + 1;
        else high = middle;
      }
    }
    this.#cursor = low;
    const fix = sorted[low - 1];
    return fix?.start === start && fix.end === end ? fix.to : undefined;
  }
}

/** The address pass's changes for the occurrences of the kinds selected (the findings' tokens), only. */
function suggestions(
  context: LintContext,
  index: FormsIndex,
  plan: AddressPlan,
  occurrences: AddressOccurrences,
  selected: (kind: AddressKind) => boolean,
): Fixes {
  const wanted: number[] = [];
  const { tokenIndexes, kinds } = occurrences;
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    if (kind !== undefined && selected(kind)) wanted.push(tokenIndexes[k] ?? 0);
  }
  const tools = addressTools(context.stream, plan, index);
  return new Fixes(addressAdaptations(context.text, plan, tools, undefined, undefined, wanted));
}

function expectedOf(profile: MarketProfile, override: SingularAddress | undefined): SingularAddress | undefined {
  if (override) return override;
  return profile.address.default === "voce" ? undefined : profile.address.default;
}

export function addressRules(index: FormsIndex, options: () => AddressRuleOptions): LintRule[] {
  const cache = new WeakMap<TokenStream, Detection>();
  const detect = (context: LintContext): Detection => {
    let detection = cache.get(context.stream);
    if (!detection) {
      const { profile } = context;
      const preferIs = profile.address.plural === "vosotros" ? "vosotros" : "vos";
      const occurrences =
        profile.language.code === "es" ? detectAddress(context.stream, index, preferIs) : NO_OCCURRENCES;
      detection = { occurrences, counts: countKinds(occurrences), expected: expectedOf(profile, options().expected) };
      cache.set(context.stream, detection);
    }
    return detection;
  };
  const plan = (from: "tu" | "vos", to: SingularAddress, preferIs: "vos" | "vosotros"): AddressPlan => ({
    singularFrom: new Set([from]),
    singularTo: to,
    pluralToUstedes: false,
    preferIs,
  });

  const vosotros: LintRule = {
    id: "address.vosotros",
    description: "vosotros forms outside Spain; Latin America says ustedes.",
    check: (context) => {
      const { occurrences } = detect(context);
      if (context.profile.address.plural === "vosotros" || !occurrences.kinds.includes("vosotros")) return [];
      const isVosotros = (kind: AddressKind) => kind === "vosotros";
      const plural: AddressPlan = {
        singularFrom: new Set(),
        singularTo: "tu",
        pluralToUstedes: true,
        preferIs: "vosotros",
      };
      const fixes = suggestions(context, index, plural, occurrences, isVosotros);
      // One message per form as written: a long text repeats the same few forms. The last form seen per spelling
      // answers without slicing the text when it is written the same way again.
      const { text } = context;
      const messages = new Map<string, string>();
      const lastBySpelling: ({ readonly written: string; readonly message: string } | undefined)[] = [];
      const message = (start: number, end: number, i: number) => {
        const spelling = context.stream.spelling(i);
        const last = lastBySpelling[spelling];
        if (last !== undefined && last.written.length === end - start && text.startsWith(last.written, start)) {
          return last.message;
        }
        const written = text.slice(start, end);
        let found = messages.get(written);
        if (found === undefined) {
          found = `"${written}" is a vosotros form; ${context.profile.locale} uses ustedes.`;
          messages.set(written, found);
        }
        lastBySpelling[spelling] = { written, message: found };
        return found;
      };
      return findingsFor(context.stream, occurrences, isVosotros, fixes, (start, end, _kind, i) => ({
        rule: "address.vosotros",
        severity: "error",
        message: message(start, end, i),
      }));
    },
  };

  const mixed: LintRule = {
    id: "address.mixed",
    description: "tú with vos, or tú/vos with usted, in one piece.",
    check: (context) => {
      const { occurrences, counts, expected } = detect(context);
      if (counts.size < 2) return [];
      const dominant: AddressKind =
        expected && counts.has(expected)
          ? expected
          : ([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "tu");
      const preferIs = context.profile.address.plural === "vosotros" ? "vosotros" : "vos";
      const fixesFrom = new Map<AddressKind, Fixes>();
      if (dominant !== "vosotros") {
        for (const kind of ["tu", "vos"] as const)
          if (kind !== dominant && counts.has(kind))
            fixesFrom.set(
              kind,
              suggestions(context, index, plan(kind, dominant, preferIs), occurrences, (found) => found === kind),
            );
      }
      const summary = [...counts.entries()].map(([kind, n]) => `${n} ${LABEL[kind]}`).join(", ");
      const messages = new Map<AddressKind, string>();
      for (const kind of counts.keys())
        messages.set(kind, `Mixes ${LABEL[kind]} with ${LABEL[dominant]} in one piece (${summary}); keep one form.`);
      return findingsFor(
        context.stream,
        occurrences,
        (kind) => kind !== "vosotros" && kind !== dominant,
        (kind) => fixesFrom.get(kind),
        (_start, _end, kind) => ({ rule: "address.mixed", severity: "warning", message: messages.get(kind) ?? "" }),
      );
    },
  };

  const marketForm: LintRule = {
    id: "address.market-form",
    description: "The piece addresses the reader in a form other than the market's (tú in Argentina, vos in Mexico).",
    check: (context) => {
      const { occurrences, counts, expected } = detect(context);
      if (!expected) return [];
      if (counts.size !== 1 || counts.has(expected)) return [];
      const [kind] = [...counts.keys()];
      if (kind !== "tu" && kind !== "vos") return [];
      const preferIs = context.profile.address.plural === "vosotros" ? "vosotros" : "vos";
      const singular = (found: AddressKind) => found !== "vosotros";
      const fixes = suggestions(context, index, plan(kind, expected, preferIs), occurrences, singular);
      const message = `${context.profile.locale} copy addresses the reader with ${LABEL[expected]}, not ${LABEL[kind]}.`;
      return findingsFor(context.stream, occurrences, singular, fixes, () => ({
        rule: "address.market-form",
        severity: "info",
        message,
      }));
    },
  };
  return [vosotros, mixed, marketForm];
}

/** A finding per occurrence of the kinds selected, with the fix whose span is exactly the occurrence's. */
function findingsFor(
  tokens: TokenStream,
  occurrences: AddressOccurrences,
  selected: (kind: AddressKind) => boolean,
  fixes: Fixes | ((kind: AddressKind) => Fixes | undefined),
  describe: (
    start: number,
    end: number,
    kind: AddressKind,
    i: number,
  ) => Pick<Finding, "rule" | "severity" | "message">,
): Finding[] {
  const findings: Finding[] = [];
  const { tokenIndexes, kinds } = occurrences;
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    const i = tokenIndexes[k] ?? 0;
    if (kind === undefined || !selected(kind)) continue;
    const start = tokens.start(i);
    const end = tokens.end(i);
    const { rule, severity, message } = describe(start, end, kind, i);
    const suggestion = (typeof fixes === "function" ? fixes(kind) : fixes)?.at(start, end);
    findings.push(
      suggestion === undefined
        ? { rule, severity, message, start, end }
        : { rule, severity, message, start, end, suggestion },
    );
  }
  return findings;
}
