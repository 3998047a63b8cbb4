// The gender and number of a brief's subject, so that template lines about it agree: "zapatillas ligeras" →
// "Son ligeras … recíbelas", "tenis para correr" → "Están hechos para durar". The subject is free text; its head
// noun is read from the regional lexicon when it is a known term, else from its ending.
import { type LexiconConcept, lexicon } from "@frontier-ai/cultural-profiles";
import type { TemplateLanguage } from "./templates.ts";

export type SubjectAgreement = { readonly feminine: boolean; readonly plural: boolean };

const ARTICLES: Readonly<Record<string, SubjectAgreement>> = {
  el: { feminine: false, plural: false },
  la: { feminine: true, plural: false },
  los: { feminine: false, plural: true },
  las: { feminine: true, plural: true },
  un: { feminine: false, plural: false },
  una: { feminine: true, plural: false },
  unos: { feminine: false, plural: true },
  unas: { feminine: true, plural: true },
  o: { feminine: false, plural: false },
  a: { feminine: true, plural: false },
  os: { feminine: false, plural: true },
  as: { feminine: true, plural: true },
  um: { feminine: false, plural: false },
  uma: { feminine: true, plural: false },
};

let knownNouns: Map<string, SubjectAgreement> | undefined;

/** Every single-word noun of the lexicon, in every market, with its gender and number (the first reading wins). */
function nouns(): Map<string, SubjectAgreement> {
  if (knownNouns) return knownNouns;
  knownNouns = new Map();
  const add = (word: string, agreement: SubjectAgreement) => {
    if (!word.includes(" ") && !knownNouns?.has(word)) knownNouns?.set(word.toLowerCase(), agreement);
  };
  for (const concept of lexicon as readonly LexiconConcept[]) {
    if (concept.partOfSpeech !== "noun") continue;
    for (const cell of [concept.generic, ...Object.values(concept.terms)]) {
      if (!("term" in cell) || cell.gender === null) continue;
      add(cell.term, { feminine: cell.gender === "f", plural: cell.number === "plural" });
    }
  }
  return knownNouns;
}

/**
 * The subject as it reads inside a sentence: "Auriculares inalámbricos" (a prompt's capital) → "auriculares
 * inalámbricos" when its first word is an article or a known common noun; a brand or name ("iPhone", "Nike Air")
 * keeps its spelling.
 */
export function inSentence(subject: string, language: TemplateLanguage): string {
  const first = subject.split(/\s+/)[0] ?? "";
  const lower = first.toLocaleLowerCase(language);
  if (first === lower || first.slice(1) !== lower.slice(1)) return subject;
  if (!(lower in ARTICLES) && !nouns().has(lower)) return subject;
  return lower + subject.slice(first.length);
}

const FEMININE_ENDINGS = ["a", "ción", "sión", "dad", "tad", "tud", "umbre", "ção", "são", "gem"];

/** Gender and number of the subject's head noun: its article, the lexicon, or the word's ending. */
export function subjectAgreement(subject: string, language: TemplateLanguage): SubjectAgreement {
  const words = subject.toLocaleLowerCase(language).split(/\s+/).filter(Boolean);
  const first = words[0] ?? "";
  const article = ARTICLES[first];
  if (article && words.length > 1) return article;
  const known = nouns().get(first);
  if (known) return known;
  const plural = /[^áéíóú]s$/.test(first) && first.length > 3 && !/(is|us)$/.test(first);
  const singular = plural ? first.replace(/(es|s)$/, "") : first;
  const feminine = FEMININE_ENDINGS.some((ending) => singular.endsWith(ending) || first.endsWith(`${ending}s`));
  return { feminine, plural };
}

/** The four forms of a slot, in the order masculine singular, feminine singular, masculine plural, feminine plural. */
type Forms = readonly [string, string, string, string];

const POSSESSIVES: Readonly<Record<TemplateLanguage, Forms>> = {
  es: ["nuestro", "nuestra", "nuestros", "nuestras"],
  pt: ["o nosso", "a nossa", "os nossos", "as nossas"],
};
const DETERMINERS = new Set([...Object.keys(ARTICLES), "nuestro", "nuestra", "nuestros", "nuestras", "nosso", "nossa"]);

/** "mochila escolar" → "nuestra mochila escolar", for lines that present the product; a subject with its own article keeps it. */
export function withPossessive(subject: string, language: TemplateLanguage, agreement: SubjectAgreement): string {
  const first = subject.split(/\s+/)[0]?.toLocaleLowerCase(language) ?? "";
  if (DETERMINERS.has(first)) return subject;
  return `${POSSESSIVES[language][(agreement.feminine ? 1 : 0) + (agreement.plural ? 2 : 0)]} ${subject}`;
}

const number = (singular: string, plural: string): Forms => [singular, singular, plural, plural];
const adjective = (stem: string): Forms => [`${stem}o`, `${stem}a`, `${stem}os`, `${stem}as`];
const pronoun = (before: string, after = ""): Forms => [
  `${before}lo${after}`,
  `${before}la${after}`,
  `${before}los${after}`,
  `${before}las${after}`,
];

/** The agreeing words templates write as {slots}. */
export const agreementSlots: Readonly<Record<TemplateLanguage, Readonly<Record<string, Forms>>>> = {
  es: {
    es: number("es", "son"),
    Es: number("Es", "Son"),
    esta: number("está", "están"),
    Esta: number("Está", "Están"),
    hecho: adjective("hech"),
    ligero: adjective("liger"),
    facil: number("fácil", "fáciles"),
    resistente: number("resistente", "resistentes"),
    ofrece: number("ofrece", "ofrecen"),
    Combina: number("Combina", "Combinan"),
    configura: number("configura", "configuran"),
    funciona: number("funciona", "funcionan"),
    Incluye: number("Incluye", "Incluyen"),
    acompana: number("acompaña", "acompañan"),
    agote: number("agote", "agoten"),
    espera: number("espera", "esperan"),
    Llego: number("Llegó", "Llegaron"),
    Lo: ["Lo", "La", "Los", "Las"],
    usarlo: pronoun("usar"),
    recibelo: pronoun("recíbe"),
    Compralo: pronoun("Cómpra"),
  },
  pt: {
    E: number("É", "São"),
    e: number("é", "são"),
    feito: adjective("feit"),
    facil: number("fácil", "fáceis"),
    leve: number("leve", "leves"),
    resistente: number("resistente", "resistentes"),
    Oferece: number("Oferece", "Oferecem"),
    Combina: number("Combina", "Combinam"),
    Inclui: number("Inclui", "Incluem"),
    Acompanha: number("Acompanha", "Acompanham"),
    espera: number("espera", "esperam"),
    Chegou: number("Chegou", "Chegaram"),
    chegou: number("chegou", "chegaram"),
  },
};

/** The slot values for a subject of this agreement. */
export function agreeingWords(language: TemplateLanguage, agreement: SubjectAgreement): Record<string, string> {
  const at = (agreement.feminine ? 1 : 0) + (agreement.plural ? 2 : 0);
  return Object.fromEntries(Object.entries(agreementSlots[language]).map(([name, forms]) => [name, forms[at] ?? ""]));
}
