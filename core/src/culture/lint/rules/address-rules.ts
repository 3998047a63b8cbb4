// address.mixed, address.vosotros and address.market-form: how the copy addresses the reader.
import type { MarketProfile } from "@frontier-ai/cultural-profiles";
import {
  type AddressPlan,
  addressAdaptations,
  addressTools,
  type SingularAddress,
} from "../../address/address-transfer.ts";
import { type ResolveContext, resolveContext, resolveVerbAt } from "../../address/resolve.ts";
import { CLITIC_SET } from "../../address/words.ts";
import type { Person } from "../../conjugation/conjugate.ts";
import { type FormsIndex, formOf, type VerbAnalysis } from "../../conjugation/forms-index.ts";
import type { TokenStream } from "../../text/token-stream.ts";
import type { Finding, LintContext, LintRule } from "../types.ts";

export type AddressKind = "tu" | "vos" | "usted" | "vosotros";

export type AddressOccurrence = {
  readonly kind: AddressKind;
  readonly tokenIndex: number;
  readonly start: number;
  readonly end: number;
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
): AddressOccurrence[] {
  const state = { imperativeInSentence: false, secondPersonSeen: false };
  const informal = resolveContext(tokens, index, { persons: INFORMAL, preferIs, withNonFinite: false }, state);
  const formal = resolveContext(tokens, index, { persons: FORMAL, preferIs, withNonFinite: false }, state);
  const out: AddressOccurrence[] = [];
  const add = (kind: AddressKind, i: number) =>
    out.push({ kind, tokenIndex: i, start: tokens.start(i), end: tokens.end(i) });
  const pronouns = tokens.bySpelling((word) => PRONOUNS[word]);
  const commands = tokens.bySpelling((word) => ustedCommandShape(index.forms.get(word)));
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens.isWord(i)) continue;
    if (tokens.sentenceBreak(i)) state.imperativeInSentence = false;
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
      const { person, tense } = resolved.analysis;
      const other = person === "tu" ? "vos" : person === "vos" ? "tu" : undefined;
      const paradigm = index.paradigm(resolved.analysis.lemma);
      if (other && formOf(paradigm, { tense, person: other }) === resolved.base) continue;
      add(person === "vosotros" ? "vosotros" : person === "vos" ? "vos" : "tu", i);
      continue;
    }
    if (isUstedCommand(formal, commands[tokens.spelling(i)] ?? "never", tokens, i)) add("usted", i);
  }
  return out;
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

type Detection = { readonly occurrences: readonly AddressOccurrence[]; readonly expected: SingularAddress | undefined };

export type AddressRuleOptions = { readonly expected?: SingularAddress };

/** Replacement per span, keyed by start; a span counts only when its end matches too. */
type Fixes = ReadonlyMap<number, { readonly end: number; readonly to: string }>;

function suggestions(context: LintContext, index: FormsIndex, plan: AddressPlan): Fixes {
  const tools = addressTools(context.stream, plan, index);
  const map = new Map<number, { end: number; to: string }>();
  for (const adaptation of addressAdaptations(context.text, plan, tools, new Set()))
    map.set(adaptation.start, { end: adaptation.end, to: adaptation.to });
  return map;
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
      const occurrences = profile.language.code === "es" ? detectAddress(context.stream, index, preferIs) : [];
      detection = { occurrences, expected: expectedOf(profile, options().expected) };
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
      if (context.profile.address.plural === "vosotros") return [];
      const found = detect(context).occurrences.filter((o) => o.kind === "vosotros");
      if (found.length === 0) return [];
      const fixes = suggestions(context, index, {
        singularFrom: new Set(),
        singularTo: "tu",
        pluralToUstedes: true,
        preferIs: "vosotros",
      });
      return found.map((o) =>
        finding(
          o,
          "address.vosotros",
          "error",
          `"${context.text.slice(o.start, o.end)}" is a vosotros form; ${context.profile.locale} uses ustedes.`,
          fixes,
        ),
      );
    },
  };

  const mixed: LintRule = {
    id: "address.mixed",
    description: "tú with vos, or tú/vos with usted, in one piece.",
    check: (context) => {
      const { occurrences, expected } = detect(context);
      const singular = occurrences.filter((o) => o.kind !== "vosotros");
      const kinds = new Set(singular.map((o) => o.kind));
      if (kinds.size < 2) return [];
      const counts = new Map<AddressKind, number>();
      for (const o of singular) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
      const dominant: AddressKind =
        expected && kinds.has(expected)
          ? expected
          : ([...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "tu");
      const preferIs = context.profile.address.plural === "vosotros" ? "vosotros" : "vos";
      const fixesFrom = new Map<AddressKind, Fixes>();
      if (dominant !== "vosotros") {
        for (const kind of ["tu", "vos"] as const)
          if (kind !== dominant && kinds.has(kind))
            fixesFrom.set(kind, suggestions(context, index, plan(kind, dominant, preferIs)));
      }
      const summary = [...counts.entries()].map(([kind, n]) => `${n} ${LABEL[kind]}`).join(", ");
      return singular
        .filter((o) => o.kind !== dominant)
        .map((o) =>
          finding(
            o,
            "address.mixed",
            "warning",
            `Mixes ${LABEL[o.kind]} with ${LABEL[dominant]} in one piece (${summary}); keep one form.`,
            fixesFrom.get(o.kind),
          ),
        );
    },
  };

  const marketForm: LintRule = {
    id: "address.market-form",
    description: "The piece addresses the reader in a form other than the market's (tú in Argentina, vos in Mexico).",
    check: (context) => {
      const { occurrences, expected } = detect(context);
      if (!expected) return [];
      const singular = occurrences.filter((o) => o.kind !== "vosotros");
      const kinds = new Set(singular.map((o) => o.kind));
      if (kinds.size !== 1 || kinds.has(expected)) return [];
      const [kind] = [...kinds];
      if (kind !== "tu" && kind !== "vos") return [];
      const preferIs = context.profile.address.plural === "vosotros" ? "vosotros" : "vos";
      const fixes = suggestions(context, index, plan(kind, expected, preferIs));
      return singular.map((o) =>
        finding(
          o,
          "address.market-form",
          "info",
          `${context.profile.locale} copy addresses the reader with ${LABEL[expected]}, not ${LABEL[kind]}.`,
          fixes,
        ),
      );
    },
  };
  return [vosotros, mixed, marketForm];
}

function finding(
  o: AddressOccurrence,
  rule: string,
  severity: Finding["severity"],
  message: string,
  fixes?: Fixes,
): Finding {
  const fix = fixes?.get(o.start);
  const suggestion = fix?.end === o.end ? fix.to : undefined;
  return suggestion === undefined
    ? { rule, severity, message, start: o.start, end: o.end }
    : { rule, severity, message, start: o.start, end: o.end, suggestion };
}
