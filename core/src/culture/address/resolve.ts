// Decides whether a word is a second-person verb form, using the forms index plus the words around it.
// Conservative by design: a form that could be a noun or a third person is read as a verb only with a cue.
import type { Person } from "../conjugation/conjugate.ts";
import type { FormsIndex, VerbAnalysis } from "../conjugation/forms-index.ts";
import { attachEnclitics, stressedNucleus, stripAccents, withStressOn } from "../text/accents.ts";
import type { TokenStream } from "../text/token-stream.ts";
import {
  CLITIC_SET,
  CLITICS,
  COMMAND_CUES,
  COORDINATORS,
  DETERMINERS,
  HOMOGRAPHS,
  IMPERATIVE_FOLLOWERS,
  NO_FINITE_VERB_AFTER,
  PREPOSITIONS,
  SUBJUNCTIVE_CUES,
  VERB_CUES,
} from "./words.ts";

const NO_CLITICS: readonly string[] = [];

export type ResolvedVerb = {
  readonly analysis: VerbAnalysis;
  /** The verb form as written, without enclitics. */
  readonly base: string;
  /** Enclitic pronouns attached after the form, in order (cómpratelo → te, lo). */
  readonly clitics: readonly string[];
  /** A preterite spelled like another verb's command (viste: you saw / dress!), read first at a clause start. */
  readonly commandRival?: true;
};

export type ResolveState = {
  /** An imperative was read in the current sentence: "y recibe" continues the series. */
  imperativeInSentence: boolean;
  /** The text already addresses the reader: a command after a comma is one too. */
  secondPersonSeen: boolean;
};

export type ResolveContext = {
  readonly tokens: TokenStream;
  readonly index: FormsIndex;
  /** Persons being looked for. */
  readonly persons: ReadonlySet<Person>;
  /** Who "-ís" forms belong to when both would fit (venís: vos in Argentina, vosotros in Spain). */
  readonly preferIs: "vos" | "vosotros";
  /** Whether bare infinitives/gerunds with an attached te/os count (for address transfer of the clitic). */
  readonly withNonFinite: boolean;
  readonly state: ResolveState;
  /** Shared answers for words already read this way, across calls (see readingMemo). */
  readonly memo: ReadingMemo;
  /** The same answers per spelling of `tokens`, filled on first use: no map lookup per token. */
  readonly readings: (Reading | undefined)[];
  /** The word classes of each spelling of `tokens` (see wordClasses). */
  readonly classes: Uint8Array;
};

// The closed classes a reading tests the neighbouring words against, one bit each.
const CLITIC = 1;
const DETERMINER = 2;
const PREPOSITION = 4;
const HOMOGRAPH = 8;
const COORDINATOR = 16;
const SUBJUNCTIVE_CUE = 32;
const VERB_CUE = 64;
const IMPERATIVE_FOLLOWER = 128;
const CLASS_SETS: readonly (readonly [ReadonlySet<string>, number])[] = [
  [CLITIC_SET, CLITIC],
  [DETERMINERS, DETERMINER],
  [PREPOSITIONS, PREPOSITION],
  [HOMOGRAPHS, HOMOGRAPH],
  [COORDINATORS, COORDINATOR],
  [SUBJUNCTIVE_CUES, SUBJUNCTIVE_CUE],
  [VERB_CUES, VERB_CUE],
  [IMPERATIVE_FOLLOWERS, IMPERATIVE_FOLLOWER],
];
const classTables = new WeakMap<TokenStream, Uint8Array>();

/** Per spelling of the stream, the classes it belongs to: set lookups once per word, bit tests per token. */
function wordClasses(tokens: TokenStream): Uint8Array {
  let classes = classTables.get(tokens);
  if (!classes) {
    classes = new Uint8Array(tokens.spellings.length);
    for (let k = 0; k < classes.length; k++) {
      const spelling = tokens.spellings[k] ?? "";
      for (const [words, bit] of CLASS_SETS) if (words.has(spelling)) classes[k] = (classes[k] ?? 0) | bit;
    }
    classTables.set(tokens, classes);
  }
  return classes;
}

function classOf(ctx: ResolveContext, i: number): number {
  const spelling = ctx.tokens.spelling(i);
  return spelling < 0 ? 0 : (ctx.classes[spelling] ?? 0);
}

/** How a context reads: the persons sought, who -ís forms belong to, whether non-finite forms count. */
export type ReadingSettings = Pick<ResolveContext, "persons" | "preferIs" | "withNonFinite">;

export function resolveContext(
  tokens: TokenStream,
  index: FormsIndex,
  settings: ReadingSettings,
  state: ResolveState,
): ResolveContext {
  const { persons, preferIs, withNonFinite } = settings;
  const memo = readingMemo(index, persons, preferIs, withNonFinite);
  // Sized and filled up front: assigning far past the end of an empty list would make it a slow sparse one.
  const readings = new Array<Reading | undefined>(tokens.spellings.length).fill(undefined);
  return { tokens, index, persons, preferIs, withNonFinite, state, memo, readings, classes: wordClasses(tokens) };
}

/** A spelling's readings: candidate analyses of a plain form (best first), or its enclitic split. */
type Reading = { readonly plain?: readonly ResolvedVerb[]; readonly split?: ResolvedVerb };
const NO_READING: Reading = {};

/** Index of the previous word in the same clause, optionally skipping clitic pronouns. */
export function previousWord(
  tokens: TokenStream,
  i: number,
  skipClitics: boolean,
): { index: number; skippedClitic: boolean } | undefined {
  const found = previousWordCode(tokens, i, skipClitics ? wordClasses(tokens) : undefined);
  return found < 0 ? undefined : { index: found >> 1, skippedClitic: (found & 1) === 1 };
}

/**
 * previousWord without an object per call (it runs for every verb form): index * 2 + skippedClitic, or -1.
 * Clitics are skipped when their word classes are given.
 */
function previousWordCode(tokens: TokenStream, i: number, classes: Uint8Array | undefined): number {
  let skippedClitic = 0;
  for (let j = i - 1; j >= 0; j--) {
    if (j + 1 >= tokens.length || tokens.sentenceBreak(j + 1) || tokens.openerBreak(j + 1)) return -1;
    if (!tokens.isWord(j)) return -1;
    if (classes && ((classes[tokens.spelling(j)] ?? 0) & CLITIC) !== 0 && j < i) {
      skippedClitic = 1;
      continue;
    }
    return j * 2 + skippedClitic;
  }
  return -1;
}

function nextIsFollower(ctx: ResolveContext, i: number): boolean {
  const { tokens } = ctx;
  const next = i + 1;
  if (i < 0 || next >= tokens.length) return true;
  if (tokens.closingPunctuation(next)) return true;
  if (!tokens.isWord(next)) return true;
  // A capitalised word right after the command is a name: "Descubre Frontier".
  if (tokens.capitalised(next)) return true;
  return (classOf(ctx, next) & IMPERATIVE_FOLLOWER) !== 0;
}

function rank(analysis: VerbAnalysis): number {
  switch (analysis.tense) {
    case "imperative":
      return 0;
    case "present":
      return 1;
    case "future":
      return 2;
    case "conditional":
      return 3;
    case "subjunctive":
      return 4;
    case "imperfect":
      return 5;
    case "preterite":
      return 6;
    default:
      return 7;
  }
}

function candidatesFor(ctx: ResolveContext, analyses: readonly VerbAnalysis[]): VerbAnalysis[] {
  const list = analyses.filter((a) => a.person !== null && ctx.persons.has(a.person));
  const hasVos = list.some((a) => a.person === "vos");
  const hasVosotros = list.some((a) => a.person === "vosotros");
  if (hasVos && hasVosotros) {
    const drop = ctx.preferIs === "vos" ? "vosotros" : "vos";
    return list.filter((a) => a.person !== drop).sort((a, b) => rank(a) - rank(b));
  }
  return list.sort((a, b) => rank(a) - rank(b));
}

// The context-free work for a word (its candidate readings, its enclitic split) depends only on the forms index
// and how the context reads (persons, -ís preference, non-finite forms); words repeat within and across texts, so
// one memo per reading serves every call. Bounded: cleared when it grows past MEMO_LIMIT words.
export type ReadingMemo = {
  /** A plain form's readings for the persons sought, best first, each ready to return. */
  readonly candidates: Map<string, readonly ResolvedVerb[]>;
  readonly splits: Map<string, ResolvedVerb | null>;
};
const MEMO_LIMIT = 50_000;
const readings = new WeakMap<FormsIndex, Map<number, ReadingMemo>>();
const PERSON_BITS: Readonly<Record<Person, number>> = {
  yo: 1,
  tu: 2,
  vos: 4,
  el: 8,
  nosotros: 16,
  vosotros: 32,
  ellos: 64,
};
/** The shared memo for contexts that read with these settings. */
function readingMemo(
  index: FormsIndex,
  persons: ReadonlySet<Person>,
  preferIs: "vos" | "vosotros",
  withNonFinite: boolean,
): ReadingMemo {
  let byKey = readings.get(index);
  if (!byKey) {
    byKey = new Map();
    readings.set(index, byKey);
  }
  let key = (preferIs === "vos" ? 128 : 0) | (withNonFinite ? 256 : 0);
  for (const person of persons) key |= PERSON_BITS[person];
  let memo = byKey.get(key);
  if (!memo) {
    memo = { candidates: new Map(), splits: new Map() };
    byKey.set(key, memo);
  }
  if (memo.candidates.size + memo.splits.size > MEMO_LIMIT) {
    memo.candidates.clear();
    memo.splits.clear();
  }
  return memo;
}

/** The second-person reading of the word at `i`, or undefined when it is not one (or not surely one). */
export function resolveVerbAt(ctx: ResolveContext, i: number): ResolvedVerb | undefined {
  if (!ctx.tokens.isWord(i)) return undefined;
  const reading = readingFor(ctx, ctx.tokens.spelling(i));
  if (reading.plain) return choosePlain(ctx, i, reading.plain);
  return reading.split;
}

/** Whether a spelling of the context's stream can be read as one of its persons at all (most words cannot). */
export function mayBeVerb(ctx: ResolveContext, spelling: number): boolean {
  return readingFor(ctx, spelling) !== NO_READING;
}

function readingFor(ctx: ResolveContext, spelling: number): Reading {
  let reading = ctx.readings[spelling];
  if (reading === undefined) {
    reading = readingOf(ctx, ctx.tokens.spellings[spelling] ?? "");
    ctx.readings[spelling] = reading;
  }
  return reading;
}

function readingOf(ctx: ResolveContext, word: string): Reading {
  const { memo } = ctx;
  const plain = ctx.index.forms.get(word);
  if (plain) {
    let candidates = memo.candidates.get(word);
    if (!candidates) {
      candidates = withRivalsFirst(
        candidatesFor(ctx, plain).map((analysis) => ({ analysis, base: word, clitics: NO_CLITICS })),
      );
      memo.candidates.set(word, candidates);
    }
    return candidates.length === 0 ? NO_READING : { plain: candidates };
  }
  let split = memo.splits.get(word);
  if (split === undefined) {
    split = splitEnclitics(ctx, word) ?? null;
    memo.splits.set(word, split);
  }
  return split === null ? NO_READING : { split };
}

/**
 * A preterite that is also another verb's command (viste: ver, or vestir) goes before the command: copy that opens
 * with "¿Viste…?" asks whether the reader saw something far more often than it tells them to dress.
 */
function withRivalsFirst(list: readonly ResolvedVerb[]): readonly ResolvedVerb[] {
  const command = list.findIndex((r) => r.analysis.tense === "imperative");
  if (command < 0) return list;
  const lemma = list[command]?.analysis.lemma;
  const rival = list.findIndex((r) => r.analysis.tense === "preterite" && r.analysis.lemma !== lemma);
  if (rival < 0) return list;
  const preterite = list[rival];
  if (!preterite) return list;
  const rest = list.filter((_, k) => k !== rival);
  return [...rest.slice(0, command), { ...preterite, commandRival: true }, ...rest.slice(command)];
}

/**
 * Whether the command reading of such a word is meant: not in a question, and followed by whom or how one dresses
 * ("Viste a tu bebé con algodón", "Viste de blanco", "Viste con estilo").
 */
function commandCue(ctx: ResolveContext, i: number): boolean {
  const { tokens } = ctx;
  if (tokens.gap(i).includes("¿")) return false;
  const next = i + 1;
  if (next >= tokens.length || !tokens.isWord(next) || !tokens.spaceOnly(next)) return false;
  return COMMAND_CUES.has(tokens.lower(next));
}

function choosePlain(ctx: ResolveContext, i: number, list: readonly ResolvedVerb[]): ResolvedVerb | undefined {
  const { tokens } = ctx;
  const previous = previousWordCode(tokens, i, ctx.classes);
  const prev = previous < 0 ? 0 : classOf(ctx, previous >> 1);
  const skippedClitic = previous >= 0 && (previous & 1) === 1;
  const homograph = (classOf(ctx, i) & HOMOGRAPH) !== 0;
  if (!skippedClitic && (prev & DETERMINER) !== 0) return undefined;
  if (
    !skippedClitic &&
    (prev & PREPOSITION) !== 0 &&
    (homograph || NO_FINITE_VERB_AFTER.has(tokens.lower(previous >> 1)))
  ) {
    return undefined;
  }
  for (const resolved of list) {
    const { analysis } = resolved;
    if (analysis.tense === "imperative") {
      if (skippedClitic || (tokens.isWord(i - 1) && (classOf(ctx, i - 1) & CLITIC) !== 0)) {
        continue;
      }
      const afterComma = tokens.comma(i) && ctx.state.secondPersonSeen;
      const continues = (prev & COORDINATOR) !== 0 && ctx.state.imperativeInSentence;
      const opens = tokens.clauseStart(i) || afterComma || continues;
      if (opens && (!homograph || nextIsFollower(ctx, i))) return resolved;
    } else if (analysis.tense === "subjunctive") {
      if ((prev & SUBJUNCTIVE_CUE) !== 0) return resolved;
    } else if (resolved.commandRival && tokens.clauseStart(i)) {
      if (!commandCue(ctx, i)) return resolved;
    } else if (!homograph || skippedClitic || (prev & VERB_CUE) !== 0) {
      return resolved;
    }
  }
  return undefined;
}

function splitEnclitics(ctx: ResolveContext, word: string): ResolvedVerb | undefined {
  for (const last of CLITICS) {
    if (!word.endsWith(last) || word.length <= last.length + 1) continue;
    const rest = word.slice(0, -last.length);
    const single = matchBase(ctx, word, rest, [last]);
    if (single) return single;
    for (const first of CLITICS) {
      if (!rest.endsWith(first) || rest.length <= first.length + 1) continue;
      const pair = matchBase(ctx, word, rest.slice(0, -first.length), [first, last]);
      if (pair) return pair;
    }
  }
  return undefined;
}

/** Vosotros commands lose their d before os (apuntaos) and -id verbs write the hiatus (divertíos). */
function vosotrosWithOs(form: string, suffix: string): string {
  if (form.endsWith("id")) return `${form.slice(0, -2)}í${suffix}`;
  return withStressOn(form.slice(0, -1) + suffix, stressedNucleus(form));
}

/** An attached te goes with tú/vos commands, os with vosotros ones (apuntaos is not a vos form). */
function reflexiveAgrees(person: Person | null, clitics: readonly string[]): boolean {
  if (person === null) return true;
  if (clitics.includes("os")) return person === "vosotros";
  if (clitics.includes("te")) return person === "tu" || person === "vos";
  return true;
}

function matchBase(
  ctx: ResolveContext,
  word: string,
  base: string,
  clitics: readonly string[],
): ResolvedVerb | undefined {
  const suffix = clitics.join("");
  // Vosotros imperatives drop their d before os: apuntad + os → apuntaos.
  const keys = clitics[0] === "os" ? [stripAccents(base), `${stripAccents(base)}d`] : [stripAccents(base)];
  for (const key of keys) {
    const analyses = ctx.index.encliticBases.get(key);
    if (!analyses) continue;
    for (const analysis of analyses) {
      const personOk = analysis.person === null ? ctx.withNonFinite : ctx.persons.has(analysis.person);
      if (!personOk || !reflexiveAgrees(analysis.person, clitics)) continue;
      const paradigm = ctx.index.paradigm(analysis.lemma);
      const form =
        analysis.person === null
          ? paradigm[analysis.tense]
          : analysis.tense === "imperative" && analysis.person !== "yo"
            ? paradigm.imperative[analysis.person]
            : undefined;
      if (form === undefined) continue;
      const spelled =
        clitics[0] === "os" && form.endsWith("d") ? vosotrosWithOs(form, suffix) : attachEnclitics(form, suffix);
      if (spelled === word) return { analysis, base: form, clitics };
    }
  }
  return undefined;
}
