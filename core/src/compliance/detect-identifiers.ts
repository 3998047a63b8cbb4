import { hasKeyword } from "./context.ts";
import type { Detection } from "./detection.ts";
import { wordCharacter } from "./detection.ts";
import { isPlausibleArgentineDni, isValidCuit } from "./identifiers/argentina.ts";
import { isValidCnpj, isValidCpf } from "./identifiers/brazil.ts";
import { isValidRut } from "./identifiers/chile.ts";
import { isPlausibleColombianCedula, isValidNit } from "./identifiers/colombia.ts";
import { compact } from "./identifiers/digits.ts";
import { classifyRfc, isValidCurp } from "./identifiers/mexico.ts";
import { isValidCardNumber, isValidClabe, isValidIban } from "./identifiers/payment.ts";
import { isPlausiblePeruvianDni, isValidPeruvianDniWithCheck, isValidRuc } from "./identifiers/peru.ts";
import { isValidUruguayanCi } from "./identifiers/uruguay.ts";
import { marketAllowed, marketRank } from "./markets.ts";
import type { PiiType } from "./pii-types.ts";

/**
 * One printed layout of an identifier. `shape` is matched against the token with every digit written "d" and every
 * letter "c" (so "12.531.909-K" is "dd.ddd.ddd-c"); `weak` layouts need a keyword nearby.
 */
interface Layout {
  type: PiiType;
  shape: RegExp;
  validate: (compactValue: string) => boolean;
  weak: boolean;
}

// Order matters only as the last tie-break between types valid for the same token (see scan.ts).
const numericLayouts: readonly Layout[] = [
  { type: "CPF", shape: /^(?:d{11}|d{3}\.d{3}\.d{3}-d{2}|d{9}-d{2})$/, validate: isValidCpf, weak: false },
  {
    type: "CNPJ",
    shape: /^(?:d{14}|d{2}\.d{3}\.d{3}\/d{4}-d{2}|d{8}\/d{4}-d{2})$/,
    validate: isValidCnpj,
    weak: false,
  },
  { type: "CUIT", shape: /^(?:d{11}|d{2}-d{8}-d)$/, validate: isValidCuit, weak: false },
  { type: "RUC_PE", shape: /^d{11}$/, validate: isValidRuc, weak: false },
  { type: "CLABE", shape: /^d{18}$/, validate: isValidClabe, weak: false },
  { type: "CARD", shape: /^(?:d{12,19}|d{4}-d{4}-d{4}-d{1,7})$/, validate: isValidCardNumber, weak: false },
  { type: "RUT", shape: /^(?:d{1,2}\.d{3}\.d{3}-[dc]|d{7,8}-[dc])$/, validate: isValidRut, weak: false },
  { type: "RUT", shape: /^d{8,9}$/, validate: isValidRut, weak: true },
  { type: "CI_UY", shape: /^(?:d\.d{3}\.d{3}-d|d{3}\.d{3}-d|d{6,7}-d)$/, validate: isValidUruguayanCi, weak: false },
  { type: "CI_UY", shape: /^(?:d{7,8}|d\.d{3}\.d{3}d)$/, validate: isValidUruguayanCi, weak: true },
  { type: "NIT", shape: /^(?:d{1,3}(?:\.d{3}){1,4}-d|d{7,15}-d)$/, validate: isValidNit, weak: false },
  { type: "NIT", shape: /^(?:d{8,16}|d{1,3}(?:\.d{3}){2,4}d)$/, validate: isValidNit, weak: true },
  { type: "DNI_PE", shape: /^d{8}-[dc]$/, validate: isValidPeruvianDniWithCheck, weak: false },
  { type: "DNI_AR", shape: /^(?:d{7,8}|d{1,2}\.d{3}\.d{3})$/, validate: isPlausibleArgentineDni, weak: true },
  { type: "DNI_PE", shape: /^d{8}$/, validate: isPlausiblePeruvianDni, weak: true },
  { type: "CEDULA_CO", shape: /^(?:d{6,10}|d{1,3}(?:\.d{3}){1,3})$/, validate: isPlausibleColombianCedula, weak: true },
];

// Each pattern starts with a consuming character and checks what precedes it in a lookbehind placed after it:
// a leading lookbehind would run at every position of the text, this way the engine skips ahead to candidates.
const after = `(?![${wordCharacter}]|[./-]\\d)`;

/** Digit runs with the separators identifiers are printed with (no spaces), ending in a digit or "-K". */
const numericToken = new RegExp(
  `\\d(?<!(?:[${wordCharacter}]|\\d[./-])\\d)[\\d./-]{4,22}(?:\\d|-[0-9A-Ka-k])${after}`,
  "g",
);

const curpToken = new RegExp(
  `[A-Z](?<![${wordCharacter}][A-Z])[A-Z]{3}\\d{6}[A-Z]{6}[0-9A-Z]\\d(?![${wordCharacter}])`,
  "g",
);
const rfcToken = new RegExp(
  `[A-ZÑ&](?<![${wordCharacter}&][A-ZÑ&])[A-ZÑ&]{2,3}-?\\d{6}(?:-?[A-Z\\d]{2}[\\dA])?(?![${wordCharacter}])`,
  "g",
);
/**
 * The alphanumeric CNPJ is found from its two final check digits backwards: a pattern starting at any letter
 * would be tried at every word of the text, while "two digits ending a word" is rarer and cheap to check.
 */
const twoFinalDigits = new RegExp(`\\d\\d(?![${wordCharacter}])`, "g");
const printedCnpj = /^[0-9A-Za-z]{2}\.[0-9A-Za-z]{3}\.[0-9A-Za-z]{3}\/[0-9A-Za-z]{4}-\d\d$/;

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

function isWordCode(code: number): boolean {
  return isAsciiAlphanumeric(code) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

/** Start of an alphanumeric CNPJ (14 characters, or 18 printed) ending at `end`, if there is one. */
function alphanumericCnpjAt(text: string, end: number): number | undefined {
  if (text.charCodeAt(end - 3) === 45 /* - */) {
    const start = end - 18;
    if (start < 0 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) return undefined;
    const token = text.slice(start, end);
    return printedCnpj.test(token) && /[A-Za-z]/.test(token) && isValidCnpj(compact(token)) ? start : undefined;
  }
  const start = end - 14;
  if (start < 0 || (start > 0 && isWordCode(text.charCodeAt(start - 1)))) return undefined;
  let letters = 0;
  for (let index = start; index < end - 2; index++) {
    const code = text.charCodeAt(index);
    if (!isAsciiAlphanumeric(code)) return undefined;
    if (code > 57) letters++;
  }
  return letters > 0 && isValidCnpj(text.slice(start, end)) ? start : undefined;
}

const ibanToken = new RegExp(
  `[A-Z](?<![${wordCharacter}][A-Z])[A-Z]\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?`,
  "g",
);
const spacedCardToken = new RegExp(
  `\\d(?<!(?:[${wordCharacter}]|\\d[ -])\\d)\\d{3}[ -](?:\\d{4}(?:[ -]\\d{4}){1,2}(?:[ -]\\d{1,3})?|\\d{6}[ -]\\d{4,5})(?![${wordCharacter}]|[ -]\\d)`,
  "g",
);

function shapeOf(token: string): string {
  let shape = "";
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index);
    shape += code >= 48 && code <= 57 ? "d" : (code | 32) >= 97 && (code | 32) <= 122 ? "c" : token.charAt(index);
  }
  return shape;
}

/** Any layout at all: most numeric tokens (dates, prices, SKUs) fail this one test and cost nothing more. */
const anyLayout = new RegExp(numericLayouts.map((layout) => `(?:${layout.shape.source})`).join("|"));

/** Picks the type of a numeric token: keyword-announced types first, then the caller's markets, then table order. */
function classifyNumeric(text: string, start: number, token: string, markets: readonly string[] | undefined) {
  const shape = shapeOf(token);
  if (!anyLayout.test(shape)) return undefined;
  const compactValue = compact(token).toUpperCase();
  let best: { layout: Layout; keyword: boolean; market: number } | undefined;
  for (const layout of numericLayouts) {
    if (!layout.shape.test(shape)) continue;
    const keyword = hasKeyword(text, start, layout.type);
    if (layout.weak && (!keyword || !marketAllowed(layout.type, markets))) continue;
    if (!layout.validate(compactValue)) continue;
    const market = marketRank(layout.type, markets);
    // Table order breaks ties: a later layout replaces the best only when strictly better.
    if (!best || Number(keyword) > Number(best.keyword) || (keyword === best.keyword && market < best.market)) {
      best = { layout, keyword, market };
    }
  }
  return best?.layout;
}

/** Calls `visit` for each match; a plain loop, as generators cost measurably on megabytes of text. */
function forEachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) visit(match);
}

/** Finds every national identifier, payment card, IBAN and CLABE whose check digits pass. */
export function detectIdentifiers(text: string, markets?: readonly string[]): Detection[] {
  const found: Detection[] = [];
  const add = (type: PiiType, start: number, length: number, weak: boolean) =>
    found.push({ type, start, end: start + length, evidence: weak ? "context" : "checked" });

  forEachMatch(numericToken, text, (match) => {
    const layout = classifyNumeric(text, match.index, match[0], markets);
    if (layout) add(layout.type, match.index, match[0].length, layout.weak);
  });
  forEachMatch(spacedCardToken, text, (match) => {
    if (isValidCardNumber(compact(match[0]))) add("CARD", match.index, match[0].length, false);
  });
  forEachMatch(curpToken, text, (match) => {
    if (isValidCurp(match[0])) add("CURP", match.index, match[0].length, false);
  });
  forEachMatch(rfcToken, text, (match) => {
    const kind = classifyRfc(compact(match[0]));
    if (kind === "with-check-digit") add("RFC", match.index, match[0].length, false);
    else if (kind === "without-homoclave" && hasKeyword(text, match.index, "RFC")) {
      add("RFC", match.index, match[0].length, true);
    }
  });
  forEachMatch(twoFinalDigits, text, (match) => {
    const end = match.index + 2;
    const start = alphanumericCnpjAt(text, end);
    if (start !== undefined) add("CNPJ", start, end - start, false);
  });
  forEachMatch(ibanToken, text, (match) => {
    const length = longestValidIban(match[0]);
    if (length > 0) add("IBAN", match.index, length, false);
    // The match may have run into the next words (even the next IBAN): resume right after what was used.
    ibanToken.lastIndex = match.index + Math.max(length, 1);
  });
  return found;
}

/** An IBAN match may swallow a following capitalised word as a group: drop trailing groups until it validates. */
function longestValidIban(token: string): number {
  let candidate = token;
  while (candidate.length >= 15) {
    if (isValidIban(compact(candidate))) return candidate.length;
    candidate = candidate.replace(/ ?[A-Z0-9]{1,4}$/, "");
  }
  return 0;
}
