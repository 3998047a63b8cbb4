import type { CountryCode } from "libphonenumber-js/max";
import { findPhoneNumbersInText, isSupportedCountry, Metadata } from "libphonenumber-js/max";
import type { Detection } from "./detection.ts";
import { wordCharacter } from "./detection.ts";

/** Every market of the reference's phone table (§8c), the default countries for numbers written without "+". */
export const defaultPhoneCountries: readonly CountryCode[] = [
  "MX",
  "BR",
  "AR",
  "CO",
  "CL",
  "PE",
  "UY",
  "EC",
  "VE",
  "BO",
  "PY",
  "GT",
  "HN",
  "SV",
  "NI",
  "CR",
  "PA",
  "CU",
  "DO",
  "PR",
  "ES",
  "US",
];

/**
 * A cheap pre-filter, not a phone pattern: a run of digits and the separators phones are printed with. Only runs
 * with at least 7 digits reach libphonenumber, which alone decides what is a phone number.
 */
const candidatePattern = new RegExp(`\\+?\\(?\\d[\\d\\u00a0 ().-]{5,48}\\d(?![${wordCharacter}])`, "g");
/** Checked in code rather than as a leading lookbehind, which the engine would run at every position. */
const wordOrPlus = new RegExp(`[${wordCharacter}+]`);
/**
 * A national number (no "+") printed as a bare digit run, with dots ("51691703", "20.123.456"), as a date
 * ("2026-08-09") or with fewer than 8 digits ("4455-221") looks like a SKU, a price or an identifier, and with 22
 * default countries some country always accepts it: such runs are phones only after a phone keyword. Runs of 8+
 * digits grouped with spaces, hyphens or parentheses are tried directly, unless a product keyword precedes them.
 */
const lookalike = /^\d{4}-\d\d-\d\d$|^\d\d-\d\d-\d{4}$|\./;
const notPhoneKeyword =
  /\b(?:sku|c[oó]d(?:igo)?|ref(?:erencia)?|pedido|orden|order|lote|art(?:[ií]culo)?|modelo|n[uú]mero de (?:serie|pedido))\.?[^\p{L}\d\n]{0,6}$/iu;
const phoneKeyword =
  /\b(?:tel(?:[eé]fonos?|efones?)?|cel(?:ular)?|m[oó]vil|whats ?app|wpp|fone|contato|contacto|ll[aá]m\p{L}*|ligue|fax)\.?[^\p{L}\d\n]{0,12}$/iu;
const pricePrefix = /(?:[$€£₡₲]|R\$|S\/|Bs\.?|Gs\.?|USD|MXN|ARS|BRL|COP|CLP|PEN|UYU)\s?$/;

function countDigits(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * The default countries for national numbers: the caller's markets when given (a text about Brazil and Argentina
 * is not expected to hold a Guatemalan number written without "+"), else every market of the reference.
 */
export function phoneCountries(markets: readonly string[] | undefined): CountryCode[] {
  if (!markets || markets.length === 0) return [...defaultPhoneCountries];
  return [...new Set(markets.filter((market): market is CountryCode => isSupportedCountry(market)))];
}

/** National significant number lengths per country, to skip countries that cannot match a run's digit count. */
const lengthsByCountry = new Map<CountryCode, readonly number[]>();
function possibleLengths(country: CountryCode): readonly number[] {
  let lengths = lengthsByCountry.get(country);
  if (!lengths) {
    const metadata = new Metadata();
    metadata.selectNumberingPlan(country);
    lengths = metadata.numberingPlan?.possibleLengths() ?? [];
    lengthsByCountry.set(country, lengths);
  }
  return lengths;
}

/**
 * A national run holds the significant number plus at most a 3-digit trunk prefix (AR "0" + "15"), or several
 * numbers side by side ("(11) 96123-4567 (11) 96123-4568").
 */
function lengthFits(country: CountryCode, digits: number): boolean {
  return possibleLengths(country).some((length) => digits >= length && (digits <= length + 3 || digits >= 2 * length));
}

interface Span {
  startsAt: number;
  endsAt: number;
}

/**
 * The numbers libphonenumber finds in one run, trying countries until every digit belongs to a valid number.
 * A longer number found with a later country replaces the shorter ones it overlaps: "(809) 234-5678" is one
 * Dominican number, not a 7-digit local number of an earlier country. Numbers under 7 digits (short codes) are
 * ignored.
 */
function phonesInRun(run: string, digits: number, countries: readonly CountryCode[]): Span[] {
  let accepted: Span[] = [];
  const international = run.startsWith("+");
  for (const defaultCountry of countries) {
    if (!international && !lengthFits(defaultCountry, digits)) continue;
    for (const number of findPhoneNumbersInText(run, { defaultCountry })) {
      const span = { startsAt: number.startsAt, endsAt: number.endsAt };
      if (countDigits(run.slice(span.startsAt, span.endsAt)) < 7) continue;
      const overlapping = accepted.filter((other) => span.startsAt < other.endsAt && other.startsAt < span.endsAt);
      if (overlapping.some((other) => other.endsAt - other.startsAt >= span.endsAt - span.startsAt)) continue;
      accepted = accepted.filter((other) => !overlapping.includes(other)).concat(span);
    }
    const covered = accepted.reduce((total, span) => total + countDigits(run.slice(span.startsAt, span.endsAt)), 0);
    if (covered >= digits) break;
  }
  return accepted.sort((a, b) => a.startsAt - b.startsAt);
}

/**
 * Phone numbers of every market, through libphonenumber-js's findPhoneNumbersInText on each candidate run:
 * each default country in turn (the caller's markets first) until every digit of the run belongs to a valid number.
 */
export function detectPhones(text: string, countries: readonly CountryCode[]): Detection[] {
  const found: Detection[] = [];
  const seen = new Map<string, Span[]>();
  candidatePattern.lastIndex = 0;
  for (let match = candidatePattern.exec(text); match; match = candidatePattern.exec(text)) {
    if (match.index > 0 && wordOrPlus.test(text.charAt(match.index - 1))) {
      candidatePattern.lastIndex = match.index + 1;
      continue;
    }
    const candidate = match[0];
    const digits = countDigits(candidate);
    if (digits < 7) continue;
    if (pricePrefix.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const international = candidate.startsWith("+");
    if (!international) {
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      if (notPhoneKeyword.test(before)) continue;
      const phoneShaped = digits >= 8 && /[ \u00a0()-]/.test(candidate) && !lookalike.test(candidate);
      if (!phoneShaped && !phoneKeyword.test(before)) continue;
    }
    // Contact numbers repeat across a catalog: each distinct run is parsed once per scan.
    let accepted = seen.get(candidate);
    if (!accepted) {
      accepted = phonesInRun(candidate, digits, countries);
      seen.set(candidate, accepted);
    }
    for (const number of accepted) {
      found.push({
        type: "PHONE",
        start: match.index + number.startsAt,
        end: match.index + number.endsAt,
        evidence: "phone",
      });
    }
  }
  return found;
}
