// Rewrites how the copy addresses the reader: tú ↔ vos, tú/vos → usted, vosotros → ustedes.
import type { Adaptation } from "../adaptation.ts";
import type { Person } from "../conjugation/conjugate.ts";
import { type FormsIndex, formOf, type VerbAnalysis } from "../conjugation/forms-index.ts";
import { attachEnclitics, matchCase } from "../text/accents.ts";
import type { TokenMarks, TokenStream } from "../text/token-stream.ts";
import {
  mayBeVerb,
  previousWord,
  type ResolveContext,
  type ResolvedVerb,
  resolveContext,
  resolveVerbAt,
} from "./resolve.ts";
import { AUXILIARY_LEMMAS, AUXILIARY_LINKS, DIRECT_OBJECT_LEMMAS, PREPOSITIONS, REFLEXIVE_LEMMAS } from "./words.ts";

/** A singular address form the engine can write. */
export type SingularAddress = "tu" | "vos" | "usted";

export type AddressPlan = {
  /** Singular informal persons to rewrite (tu, vos), and what they become. */
  readonly singularFrom: ReadonlySet<"tu" | "vos">;
  readonly singularTo: SingularAddress;
  /** vosotros → ustedes. */
  readonly pluralToUstedes: boolean;
  readonly preferIs: "vos" | "vosotros";
};

export function planAddress(
  source: { singular: SingularAddress; plural: "ustedes" | "vosotros" },
  target: { singular: SingularAddress; plural: "ustedes" | "vosotros" },
): AddressPlan {
  const singularFrom = new Set<"tu" | "vos">();
  if (target.singular !== "tu") singularFrom.add("tu");
  if (target.singular !== "vos") singularFrom.add("vos");
  // Identity: a text already in the target's forms is left as it is (tú stays tú when source and target agree).
  if (source.singular === target.singular && source.plural === target.plural) singularFrom.clear();
  return {
    singularFrom,
    singularTo: target.singular,
    pluralToUstedes: source.plural === "vosotros" && target.plural === "ustedes",
    preferIs: source.plural === "vosotros" && source.singular !== "vos" ? "vosotros" : "vos",
  };
}

export function isEmptyPlan(plan: AddressPlan): boolean {
  return plan.singularFrom.size === 0 && !plan.pluralToUstedes;
}

const PERSON_OF: Readonly<Record<SingularAddress, Person>> = { tu: "tu", vos: "vos", usted: "el" };
const LABEL: Readonly<Record<string, string>> = {
  tu: "tú",
  vos: "vos",
  usted: "usted",
  vosotros: "vosotros",
  el: "usted",
  ellos: "ustedes",
};

type Emit = (i: number, to: string, reason: string, rule: Adaptation["rule"], start?: number) => void;

export type AddressTools = {
  readonly ctx: ResolveContext;
  /** The person a source person becomes, or undefined when it stays. */
  readonly targetPerson: (person: Person) => Person | undefined;
};

export function addressTools(tokens: TokenStream, plan: AddressPlan, index: FormsIndex): AddressTools {
  const persons = new Set<Person>(plan.singularFrom);
  if (plan.pluralToUstedes) persons.add("vosotros");
  const ctx = resolveContext(
    tokens,
    index,
    { persons, preferIs: plan.preferIs, withNonFinite: true },
    { imperativeInSentence: false, secondPersonSeen: false },
  );
  const singularTarget = PERSON_OF[plan.singularTo];
  const targetPerson = (person: Person): Person | undefined => {
    if ((person === "tu" || person === "vos") && plan.singularFrom.has(person)) return singularTarget;
    if (person === "vosotros" && plan.pluralToUstedes) return "ellos";
    return undefined;
  };
  return { ctx, targetPerson };
}

export function addressAdaptations(
  text: string,
  plan: AddressPlan,
  tools: AddressTools,
  claimed: TokenMarks | undefined,
  /** Called for each claimed token once the reading state up to it is known (lexicon verbs conjugate here). */
  visitClaimed: (i: number) => void = () => {},
  /**
   * Token indexes whose changes are asked for, in order (the findings of a lint rule). Sentences holding none are
   * then skipped once the reading state no longer depends on them: their changes are left out.
   */
  wanted?: readonly number[],
): Adaptation[] {
  const out: Adaptation[] = [];
  const { ctx, targetPerson } = tools;
  const { tokens, index } = ctx;
  const emit: Emit = (i, to, reason, rule, start = tokens.start(i)) => {
    const end = tokens.end(i);
    const from = text.slice(start, end);
    if (from !== to) out.push({ from, to, reason, rule, start, end });
  };

  const pronouns = tokens.bySpelling((word) => PRONOUN_WORDS.has(word));
  // Most words are neither an address pronoun nor a verb form of the persons rewritten: nothing to do for them.
  const relevant = tokens.bySpelling((_, spelling) => pronouns[spelling] === true || mayBeVerb(ctx, spelling));
  // A reading's rewrite depends on the reading and the plan only, and the same forms recur throughout a text.
  const rewrites = new Map<ResolvedVerb, { readonly to: string | undefined; readonly reason: string }>();
  // The wanted token being read towards, and the next one in `wanted`.
  let target = -1;
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    // secondPersonSeen never turns false, and a sentence start clears imperativeInSentence: from the start of the
    // sentence holding the next wanted token on, the state is what reading every token before it would leave.
    if (wanted !== undefined && i > target && ctx.state.secondPersonSeen) {
      while (next < wanted.length && (wanted[next] ?? 0) < i) next++;
      if (next === wanted.length) break;
      target = wanted[next] ?? 0;
      i = sentenceStartBefore(tokens, i, target);
    }
    if (!tokens.isWord(i)) continue;
    if (tokens.sentenceBreak(i)) ctx.state.imperativeInSentence = false;
    if (claimed?.has(i)) {
      // A verb another rule rewrote (coge → toma) still opens a series of commands: "Toma el bus y ven".
      const resolved = resolveVerbAt(ctx, i);
      if (resolved?.analysis.tense === "imperative") ctx.state.imperativeInSentence = true;
      if (resolved) ctx.state.secondPersonSeen = true;
      visitClaimed(i);
      continue;
    }
    if (isEmptyPlan(plan) || !relevant[tokens.spelling(i)]) continue;
    const word = tokens.lower(i);
    const pronoun = pronouns[tokens.spelling(i)] ? pronounChange(tokens, i, plan, ctx, targetPerson) : undefined;
    if (pronoun) {
      ctx.state.secondPersonSeen = true;
      const start = pronoun.mergeWithPrevious && i > 0 ? tokens.start(i - 1) : tokens.start(i);
      const original = text.slice(start, tokens.end(i));
      emit(i, matchCase(original, pronoun.to), pronoun.reason, pronoun.rule, start);
      continue;
    }
    const resolved = resolveVerbAt(ctx, i);
    if (!resolved) continue;
    ctx.state.secondPersonSeen = true;
    if (resolved.analysis.tense === "imperative") ctx.state.imperativeInSentence = true;
    let rewrite = rewrites.get(resolved);
    if (rewrite === undefined) {
      rewrite = {
        to: rewriteVerb(resolved, index, targetPerson, plan),
        reason: verbReason(resolved.analysis, targetPerson),
      };
      rewrites.set(resolved, rewrite);
    }
    if (rewrite.to && rewrite.to !== word) {
      emit(
        i,
        matchCase(tokens.source(i), rewrite.to),
        rewrite.reason,
        resolved.clitics.length > 0 ? "address.clitic" : "address.verb",
      );
    }
  }
  return out;
}

/** The last word in (from, to] that opens a sentence (the reading state's reset), or `from` when there is none. */
function sentenceStartBefore(tokens: TokenStream, from: number, to: number): number {
  for (let k = to; k > from; k--) if (tokens.isWord(k) && tokens.sentenceBreak(k)) return k;
  return from;
}

function verbReason(analysis: VerbAnalysis, targetPerson: (p: Person) => Person | undefined): string {
  const from = analysis.person ?? "";
  const to = analysis.person === null ? "" : (targetPerson(analysis.person) ?? analysis.person);
  if (analysis.person === null)
    return `${analysis.tense} of ${analysis.lemma} with an enclitic for the new address form`;
  return `${LABEL[from] ?? from} → ${LABEL[to] ?? to}: ${analysis.tense} of ${analysis.lemma}`;
}

/** The clitic a reflexive te/os becomes for the target person. */
function reflexiveFor(person: Person): string {
  if (person === "tu" || person === "vos") return "te";
  if (person === "vosotros") return "os";
  return "se";
}

function objectFor(person: Person, lemma: string | undefined, beforeThirdClitic: boolean): string {
  if (person === "tu" || person === "vos") return "te";
  if (person === "vosotros") return "os";
  if (beforeThirdClitic) return "se";
  const plural = person === "ellos";
  if (lemma !== undefined && DIRECT_OBJECT_LEMMAS.has(lemma)) return plural ? "los" : "lo";
  return plural ? "les" : "le";
}

function rewriteVerb(
  resolved: ResolvedVerb,
  index: FormsIndex,
  targetPerson: (p: Person) => Person | undefined,
  plan: AddressPlan,
): string | undefined {
  const { analysis, clitics } = resolved;
  const paradigm = index.paradigm(analysis.lemma);
  let form = resolved.base;
  let cliticPerson: Person | undefined;
  if (analysis.person !== null) {
    const to = targetPerson(analysis.person);
    if (to === undefined) return undefined;
    const next = formOf(paradigm, { tense: analysis.tense, person: to });
    if (next === undefined) return undefined;
    form = next;
    cliticPerson = to;
  } else if (clitics.includes("te") && plan.singularFrom.size > 0) {
    cliticPerson = PERSON_OF[plan.singularTo];
  } else if (clitics.includes("os") && plan.pluralToUstedes) {
    cliticPerson = "ellos";
  }
  if (clitics.length === 0) return form;
  if (cliticPerson === undefined) return undefined;
  const person = cliticPerson;
  const reflexive = analysis.person !== null || REFLEXIVE_LEMMAS.has(analysis.lemma);
  const mapped = clitics.map((clitic, k) => {
    if (clitic !== "te" && clitic !== "os") return clitic;
    const following = clitics[k + 1];
    const beforeThird = following !== undefined && /^l[oa]s?$/.test(following);
    return reflexive ? reflexiveFor(person) : objectFor(person, analysis.lemma, beforeThird);
  });
  return attachEnclitics(form, mapped.join(""));
}

const PRONOUN_WORDS: ReadonlySet<string> = new Set([
  "tú",
  "ti",
  "contigo",
  "vos",
  "tu",
  "tus",
  "tuyo",
  "tuya",
  "tuyos",
  "tuyas",
  "vosotros",
  "vosotras",
  "vuestro",
  "vuestra",
  "vuestros",
  "vuestras",
  "te",
  "os",
]);

type PronounChange = { to: string; reason: string; rule: Adaptation["rule"]; mergeWithPrevious?: boolean };

function pronounChange(
  tokens: TokenStream,
  i: number,
  plan: AddressPlan,
  ctx: ResolveContext,
  targetPerson: (p: Person) => Person | undefined,
): PronounChange | undefined {
  const word = tokens.lower(i);
  if (!PRONOUN_WORDS.has(word)) return undefined;
  const toSingular = plan.singularTo;
  const label = LABEL[toSingular] ?? toSingular;
  const tu = plan.singularFrom.has("tu");
  const vos = plan.singularFrom.has("vos");
  const previous = word === "ti" || word === "vos" ? previousWord(tokens, i, false) : undefined;
  const prev = previous ? tokens.lower(previous.index) : "";
  switch (word) {
    case "tú":
      if (!tu) return undefined;
      return {
        to: toSingular === "usted" ? "usted" : "vos",
        reason: `tú → ${label}: subject pronoun`,
        rule: "address.pronoun",
      };
    case "ti":
      if (!tu || !PREPOSITIONS.has(prev)) return undefined;
      return {
        to: toSingular === "usted" ? "usted" : "vos",
        reason: `tú → ${label}: pronoun after a preposition`,
        rule: "address.pronoun",
      };
    case "contigo":
      if (!tu) return undefined;
      return {
        to: toSingular === "usted" ? "con usted" : "con vos",
        reason: `tú → ${label}: contigo`,
        rule: "address.pronoun",
      };
    case "vos":
      if (!vos) return undefined;
      if (toSingular === "usted") return { to: "usted", reason: "vos → usted: pronoun", rule: "address.pronoun" };
      if (prev === "con")
        return { to: "contigo", reason: "vos → tú: con vos", rule: "address.pronoun", mergeWithPrevious: true };
      return { to: PREPOSITIONS.has(prev) ? "ti" : "tú", reason: "vos → tú: pronoun", rule: "address.pronoun" };
    case "tu":
    case "tus":
    case "tuyo":
    case "tuya":
    case "tuyos":
    case "tuyas":
      if (toSingular !== "usted" || (!tu && !vos)) return undefined;
      return { to: `s${word.slice(1)}`, reason: `tú → usted: possessive`, rule: "address.possessive" };
    case "vosotros":
    case "vosotras":
      return plan.pluralToUstedes
        ? { to: "ustedes", reason: "vosotros → ustedes", rule: "address.pronoun" }
        : undefined;
    case "vuestro":
    case "vuestra":
      return plan.pluralToUstedes
        ? { to: "su", reason: "vosotros → ustedes: possessive", rule: "address.possessive" }
        : undefined;
    case "vuestros":
    case "vuestras":
      return plan.pluralToUstedes
        ? { to: "sus", reason: "vosotros → ustedes: possessive", rule: "address.possessive" }
        : undefined;
    case "te":
    case "os":
      return cliticChange(tokens, i, word, ctx, targetPerson);
    default:
      return undefined;
  }
}

/** A free-standing te/os: reflexive when its verb is the same person (te registras), object otherwise (te enviamos). */
function cliticChange(
  tokens: TokenStream,
  i: number,
  word: "te" | "os",
  ctx: ResolveContext,
  targetPerson: (p: Person) => Person | undefined,
): PronounChange | undefined {
  const sourcePerson: Person = word === "os" ? "vosotros" : "tu";
  const to = targetPerson(sourcePerson) ?? (word === "te" ? targetPerson("vos") : undefined);
  if (to === undefined) return undefined;
  let k = i + 1;
  const following = tokens.lower(k);
  const beforeThird = /^l[oa]s?$/.test(following);
  if (beforeThird) k++;
  const verb = resolveVerbAt(ctx, k);
  const lemma = ledVerb(tokens, k, ctx.index, verb?.analysis.lemma ?? ctx.index.forms.get(tokens.lower(k))?.[0]?.lemma);
  const reflexive = verb !== undefined && verb.analysis.person !== null;
  const replacement = reflexive ? reflexiveFor(to) : objectFor(to, lemma, beforeThird);
  const label = LABEL[to] ?? to;
  return {
    to: replacement,
    reason: `${word} → ${replacement} for ${label} (${reflexive ? "reflexive" : "object"})`,
    rule: "address.pronoun",
  };
}

/** The verb whose object a clitic before the verb at `k` is: the infinitive or gerund an auxiliary there leads. */
function ledVerb(tokens: TokenStream, k: number, index: FormsIndex, lemma: string | undefined): string | undefined {
  if (lemma === undefined || !AUXILIARY_LEMMAS.has(lemma)) return lemma;
  let next = k + 1;
  if (next < tokens.length && tokens.isWord(next) && AUXILIARY_LINKS.has(tokens.lower(next))) next++;
  if (next >= tokens.length || !tokens.isWord(next) || !tokens.spaceOnly(next)) return lemma;
  const led = index.forms.get(tokens.lower(next))?.find((a) => a.tense === "infinitive" || a.tense === "gerund");
  return led?.lemma ?? lemma;
}
