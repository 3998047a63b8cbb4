import { digitsOf } from "./digits.ts";

/** Luhn (ISO/IEC 7812-1) over all digits. */
export function passesLuhn(digitsValue: string): boolean {
  const digits = digitsOf(digitsValue);
  if (digits.length === 0) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = digits[digits.length - 1 - index] ?? 0;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes and the lengths their cards have. Public scheme ranges, not from the reference: unsourced.
 * Visa, Mastercard (51–55, 2221–2720), Amex, Diners, Discover, JCB, Elo/Hipercard and Maestro-style 50/56–69.
 */
const cardRanges: ReadonlyArray<{ from: number; to: number; digits: number; lengths: readonly number[] }> = [
  { from: 4, to: 4, digits: 1, lengths: [13, 16, 19] },
  { from: 51, to: 55, digits: 2, lengths: [16] },
  { from: 2221, to: 2720, digits: 4, lengths: [16] },
  { from: 34, to: 34, digits: 2, lengths: [15] },
  { from: 37, to: 37, digits: 2, lengths: [15] },
  { from: 300, to: 305, digits: 3, lengths: [14, 16, 19] },
  { from: 36, to: 36, digits: 2, lengths: [14, 16, 19] },
  { from: 38, to: 39, digits: 2, lengths: [14, 16, 19] },
  { from: 6011, to: 6011, digits: 4, lengths: [16, 19] },
  { from: 644, to: 649, digits: 3, lengths: [16, 19] },
  { from: 65, to: 65, digits: 2, lengths: [16, 19] },
  { from: 3528, to: 3589, digits: 4, lengths: [16, 17, 18, 19] },
  { from: 50, to: 50, digits: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
  { from: 56, to: 69, digits: 2, lengths: [12, 13, 14, 15, 16, 17, 18, 19] },
];

/** A payment card number: a plausible issuer prefix for its length, and Luhn. */
export function isValidCardNumber(digitsValue: string): boolean {
  if (!/^\d{12,19}$/.test(digitsValue)) return false;
  const plausible = cardRanges.some((range) => {
    const prefix = Number(digitsValue.slice(0, range.digits));
    return prefix >= range.from && prefix <= range.to && range.lengths.includes(digitsValue.length);
  });
  return plausible && passesLuhn(digitsValue);
}

/**
 * IBAN lengths per country (ISO 13616 registry; unsourced here). Countries not listed are rejected, so an
 * arbitrary "XX00..." token never passes on mod 97 alone.
 */
const ibanLengths: Readonly<Record<string, number>> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  BR: 29,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IT: 27,
  LT: 20,
  LU: 20,
  LV: 21,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SV: 28,
  TR: 26,
};

/** IBAN: known country length and ISO 7064 mod 97 = 1. */
export function isValidIban(compactValue: string): boolean {
  const value = compactValue.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value) || ibanLengths[value.slice(0, 2)] !== value.length) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    const chunk = code >= 65 ? String(code - 55) : character;
    for (const digit of chunk) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder === 1;
}

const clabeWeights = [3, 7, 1];

/** CLABE (Mexico): 18 digits; Σ (digit·weight mod 10) with weights 3,7,1 repeating; check = (10 − Σ mod 10) mod 10. */
export function isValidClabe(digitsValue: string): boolean {
  const digits = digitsOf(digitsValue);
  if (digits.length !== 18) return false;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += ((digits[index] ?? 0) * (clabeWeights[index % 3] ?? 0)) % 10;
  return (10 - (sum % 10)) % 10 === digits[17];
}
