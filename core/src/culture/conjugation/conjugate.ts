// Builds the paradigm of a verb from its infinitive and its entry in the irregular table.
import { accentLastVowel, countNuclei, stressedNucleus, stripAccents, withStressOn } from "../text/accents.ts";
import { IRREGULAR_VERBS, type StemChange, type VerbSpec } from "./verbs.ts";

export const PERSONS = ["yo", "tu", "vos", "el", "nosotros", "vosotros", "ellos"] as const;
export type Person = (typeof PERSONS)[number];
export type FiniteTense =
  | "present"
  | "subjunctive"
  | "imperative"
  | "future"
  | "conditional"
  | "preterite"
  | "imperfect"
  | "pastSubjunctive"
  | "pastSubjunctiveSe";
export type NonFinite = "infinitive" | "gerund" | "participle";

export type Paradigm = {
  readonly infinitive: string;
  readonly gerund: string;
  readonly participle: string;
  readonly present: Readonly<Record<Person, string>>;
  readonly subjunctive: Readonly<Record<Person, string>>;
  /** yo has no imperative; the usted/ustedes/nosotros imperatives are the subjunctive. */
  readonly imperative: Readonly<Record<Exclude<Person, "yo">, string>>;
  readonly future: Readonly<Record<Person, string>>;
  readonly conditional: Readonly<Record<Person, string>>;
  /** Pretérito perfecto simple (compraste, comprasteis); vos shares the tú form. */
  readonly preterite: Readonly<Record<Person, string>>;
  /** Pretérito imperfecto (comprabas, vivíais); vos shares the tú form. */
  readonly imperfect: Readonly<Record<Person, string>>;
  /** Pretérito imperfecto de subjuntivo in -ra (si compraras, tuvierais); vos shares the tú form. */
  readonly pastSubjunctive: Readonly<Record<Person, string>>;
  /** The same tense in -se (si comprases, tuvieseis). */
  readonly pastSubjunctiveSe: Readonly<Record<Person, string>>;
};

type VerbClass = "ar" | "er" | "ir";

// Compounds conjugate like their base verb (mantener like tener, proponer like poner).
const PREFIXABLE = ["tener", "venir", "poner", "hacer", "traer", "volver", "decir", "mover", "solver"] as const;

function specFor(infinitive: string): VerbSpec {
  const own = IRREGULAR_VERBS[infinitive];
  if (own) return own;
  for (const base of PREFIXABLE) {
    const baseSpec = IRREGULAR_VERBS[base];
    if (baseSpec && infinitive.endsWith(base) && infinitive.length > base.length + 1) {
      return compoundSpec(infinitive.slice(0, -base.length), baseSpec);
    }
  }
  return {};
}

function compoundForm(prefix: string, form: string): string {
  return withStressOn(prefix + form, countNuclei(prefix) + stressedNucleus(form));
}

function compoundSpec(prefix: string, spec: VerbSpec): VerbSpec {
  const map = (form: string | undefined) => (form === undefined ? undefined : compoundForm(prefix, form));
  return {
    ...(spec.stemChange ? { stemChange: spec.stemChange } : {}),
    ...(spec.yo ? { yo: map(spec.yo) } : {}),
    ...(spec.futureStem ? { futureStem: prefix + spec.futureStem } : {}),
    ...(spec.imperativeTu ? { imperativeTu: map(spec.imperativeTu) } : {}),
    ...(spec.participle ? { participle: map(spec.participle) } : {}),
    ...(spec.gerund ? { gerund: map(spec.gerund) } : {}),
    // A strong preterite's stem is unstressed and unaccented: mantuve, propuse, predije.
    ...(spec.preteriteStem ? { preteriteStem: prefix + spec.preteriteStem } : {}),
  };
}

function changeStem(stem: string, change: StemChange | undefined): string {
  if (!change) return stem;
  const vowel = change === "ie" || change === "i" ? "e" : change === "ue" ? "o" : "u";
  const replacement = change === "ie" ? "ie" : change === "i" ? "i" : "ue";
  const at = stem.lastIndexOf(vowel);
  return at < 0 ? stem : stem.slice(0, at) + replacement + stem.slice(at + 1);
}

/** Spelling of an -er/-ir stem before a or o: elijo, sigo, conozco, venzo, incluyo. */
function beforeBackVowel(stem: string, verbClass: VerbClass): string {
  if (verbClass === "ar") return stem;
  if (stem.endsWith("gu") && verbClass === "ir") return `${stem.slice(0, -2)}g`;
  if (stem.endsWith("qu")) return `${stem.slice(0, -2)}c`;
  if (stem.endsWith("g")) return `${stem.slice(0, -1)}j`;
  if (stem.endsWith("c")) return /[aeiou]c$/.test(stem) ? `${stem.slice(0, -1)}zc` : `${stem.slice(0, -1)}z`;
  if (stem.endsWith("u") && verbClass === "ir") return `${stem}y`;
  return stem;
}

/** Spelling of an -ar stem before e: busque, pague, empiece, averigüe. */
function beforeFrontVowel(stem: string): string {
  if (stem.endsWith("gu")) return `${stem.slice(0, -2)}gü`;
  if (stem.endsWith("c")) return `${stem.slice(0, -1)}qu`;
  if (stem.endsWith("g")) return `${stem}u`;
  if (stem.endsWith("z")) return `${stem.slice(0, -1)}c`;
  return stem;
}

function record(forms: readonly string[]): Record<Person, string> {
  const [yo = "", tu = "", vos = "", el = "", nosotros = "", vosotros = "", ellos = ""] = forms;
  return { yo, tu, vos, el, nosotros, vosotros, ellos };
}

export function conjugate(infinitive: string): Paradigm {
  const spec = specFor(infinitive);
  const plainInfinitive = stripAccents(infinitive);
  const verbClass = plainInfinitive.slice(-2) as VerbClass;
  const stem = plainInfinitive.slice(0, -2);
  const stressed = changeStem(stem, spec.stemChange);
  const theme = verbClass === "ar" ? "a" : "e";
  const uir = verbClass === "ir" && /[^gq]u$/.test(stem);
  const stressedPresent = uir ? `${stressed}y` : stressed;

  const present = spec.present
    ? record(spec.present)
    : record([
        spec.yo ?? `${beforeBackVowel(stressed, verbClass)}o`,
        `${stressedPresent}${theme}s`,
        `${stem}${verbClass === "ar" ? "ás" : verbClass === "er" ? "és" : "ís"}`,
        `${stressedPresent}${theme}`,
        `${stem}${verbClass === "ar" ? "amos" : verbClass === "er" ? "emos" : "imos"}`,
        `${stem}${verbClass === "ar" ? "áis" : verbClass === "er" ? "éis" : "ís"}`,
        `${stressedPresent}${theme}n`,
      ]);

  const subjunctive = spec.subjunctive ? record(spec.subjunctive) : subjunctiveOf(spec, verbClass, stem, stressed);
  const imperativeTu = spec.imperativeTu ?? present.el;
  const imperativeVos =
    spec.imperativeVos ?? accentLastVowel(`${stem}${verbClass === "ar" ? "a" : verbClass.charAt(0)}`);
  const futureStem = spec.futureStem ?? plainInfinitive;
  const future = record(["é", "ás", "ás", "á", "emos", "éis", "án"].map((ending) => futureStem + ending));
  const conditional = record(["ía", "ías", "ías", "ía", "íamos", "íais", "ían"].map((ending) => futureStem + ending));

  const preterite = spec.preterite ? record(spec.preterite) : preteriteOf(spec, verbClass, stem);
  return {
    infinitive,
    gerund: spec.gerund ?? gerundOf(verbClass, stem, spec.stemChange),
    participle: spec.participle ?? `${stem}${verbClass === "ar" ? "ado" : /[aeo]$/.test(stem) ? "ído" : "ido"}`,
    present,
    subjunctive,
    imperative: {
      tu: imperativeTu,
      vos: imperativeVos,
      el: subjunctive.el,
      nosotros: subjunctive.nosotros,
      vosotros: `${infinitive.slice(0, -1)}d`,
      ellos: subjunctive.ellos,
    },
    future,
    conditional,
    preterite,
    imperfect: spec.imperfect ? record(spec.imperfect) : imperfectOf(verbClass, stem),
    pastSubjunctive: pastSubjunctiveOf(preterite.ellos, "r"),
    pastSubjunctiveSe: pastSubjunctiveOf(preterite.ellos, "s"),
  };
}

/**
 * The past subjunctive is built on the preterite's third person plural for every verb, regular or not:
 * compraron → comprara, tuvieron → tuviera, fueron → fuera; nosotros stresses the vowel before it (tuviéramos).
 */
function pastSubjunctiveOf(preteriteEllos: string, consonant: "r" | "s"): Record<Person, string> {
  const base = preteriteEllos.slice(0, -3);
  const vowel = base.charAt(base.length - 1);
  const stressed = base.slice(0, -1) + (vowel === "a" ? "á" : vowel === "e" ? "é" : vowel);
  const ending = consonant === "r" ? "ra" : "se";
  const endings = [ending, `${ending}s`, `${ending}s`, ending, `${ending}mos`, `${ending}is`, `${ending}n`];
  return record(endings.map((end, k) => (k === 4 ? stressed : base) + end));
}

/** The imperfect is regular but for ser, ir and ver (from the table): compraba, vivía, leía, oía. */
function imperfectOf(verbClass: VerbClass, stem: string): Record<Person, string> {
  const endings =
    verbClass === "ar"
      ? ["aba", "abas", "abas", "aba", "ábamos", "abais", "aban"]
      : ["ía", "ías", "ías", "ía", "íamos", "íais", "ían"];
  return record(endings.map((ending) => stem + ending));
}

/**
 * The pretérito perfecto simple: weak by rule (compré, comiste, pidió, leyó, incluyeron) or strong from the table's
 * stem (tuve, hizo, dijeron); -ducir verbs are strong in -duj (conduje).
 */
function preteriteOf(spec: VerbSpec, verbClass: VerbClass, stem: string): Record<Person, string> {
  const strong = spec.preteriteStem ?? (stem.endsWith("duc") ? `${stem.slice(0, -1)}j` : undefined);
  if (strong !== undefined) {
    // Strong preterites: unstressed -e and -o, and -eron after j (dijeron); hacer writes hizo.
    const third = strong.endsWith("c") ? `${strong.slice(0, -1)}zo` : `${strong}o`;
    const plural = strong.endsWith("j") ? "eron" : "ieron";
    return record([
      `${strong}e`,
      `${strong}iste`,
      `${strong}iste`,
      third,
      `${strong}imos`,
      `${strong}isteis`,
      strong + plural,
    ]);
  }
  if (verbClass === "ar") {
    const yo = `${beforeFrontVowel(stem)}é`;
    return record([yo, `${stem}aste`, `${stem}aste`, `${stem}ó`, `${stem}amos`, `${stem}asteis`, `${stem}aron`]);
  }
  // -ir stem changes show in the third persons: pidió, sintieron, durmió.
  let third = stem;
  if (verbClass === "ir" && spec.stemChange === "ue") third = replaceLast(stem, "o", "u");
  else if (verbClass === "ir" && (spec.stemChange === "ie" || spec.stemChange === "i"))
    third = replaceLast(stem, "e", "i");
  // A stem ending in a vowel takes y in the third persons (leyó, incluyeron) and, but for -uir, a written í (leíste).
  if (/[aeiou]$/.test(stem) && !/[gq]u$/.test(stem)) {
    const i = stem.endsWith("u") ? "i" : "í";
    return record([
      `${stem}í`,
      `${stem}${i}ste`,
      `${stem}${i}ste`,
      `${third}yó`,
      `${stem}${i}mos`,
      `${stem}${i}steis`,
      `${third}yeron`,
    ]);
  }
  return record([
    `${stem}í`,
    `${stem}iste`,
    `${stem}iste`,
    `${third}ió`,
    `${stem}imos`,
    `${stem}isteis`,
    `${third}ieron`,
  ]);
}

function subjunctiveOf(spec: VerbSpec, verbClass: VerbClass, stem: string, stressed: string): Record<Person, string> {
  const endings =
    verbClass === "ar" ? ["e", "es", "es", "e", "emos", "éis", "en"] : ["a", "as", "as", "a", "amos", "áis", "an"];
  const spell = (s: string) => (verbClass === "ar" ? beforeFrontVowel(s) : beforeBackVowel(s, verbClass));
  let strong: string;
  let weak: string;
  if (spec.subjunctiveStem) {
    strong = spec.subjunctiveStem;
    weak = spec.subjunctiveStem;
  } else if (spec.yo) {
    strong = spec.yo.slice(0, -1);
    weak = stripAccents(strong);
  } else {
    strong = spell(stressed);
    // -ir verbs with a stem change keep a raised vowel when unstressed: sintamos, durmamos, pidamos.
    let raised = stem;
    if (verbClass === "ir" && spec.stemChange === "ue") raised = replaceLast(stem, "o", "u");
    else if (verbClass === "ir" && (spec.stemChange === "ie" || spec.stemChange === "i")) {
      raised = replaceLast(stem, "e", "i");
    }
    weak = spell(raised);
  }
  return record(endings.map((ending, index) => (index === 4 || index === 5 ? weak : strong) + ending));
}

function replaceLast(text: string, from: string, to: string): string {
  const at = text.lastIndexOf(from);
  return at < 0 ? text : text.slice(0, at) + to + text.slice(at + from.length);
}

function gerundOf(verbClass: VerbClass, stem: string, change: StemChange | undefined): string {
  if (verbClass === "ar") return `${stem}ando`;
  let base = stem;
  if (verbClass === "ir" && change === "ue") base = replaceLast(stem, "o", "u");
  else if (verbClass === "ir" && (change === "ie" || change === "i")) base = replaceLast(stem, "e", "i");
  if (/[aeiou]$/.test(base) && !/[gq]u$/.test(base)) return `${base}yendo`;
  return `${base}iendo`;
}
