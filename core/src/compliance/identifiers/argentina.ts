import { digitsOf, weightedSum } from "./digits.ts";

// Algorithm and prefixes: python-stdnum stdnum/ar/cuit.py (S260), validator.js isTaxID es-AR (S261).

const cuitPrefixes = new Set(["20", "23", "24", "27", "30", "33", "34", "50", "51", "55"]);
const cuitWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** CUIT/CUIL: 11 digits, a known prefix and a mod-11 check digit (11 → 0, 10 → 9 as stdnum and validator.js do). */
export function isValidCuit(compactValue: string): boolean {
  const digits = digitsOf(compactValue);
  if (digits.length !== 11 || !cuitPrefixes.has(compactValue.slice(0, 2))) return false;
  const value = 11 - (weightedSum(digits.slice(0, 10), cuitWeights) % 11);
  const check = value === 11 ? 0 : value === 10 ? 9 : value;
  return check === digits[10];
}

/** DNI: 7 or 8 digits and no check digit, so it is only ever reported with a keyword nearby (see scan). */
export function isPlausibleArgentineDni(compactValue: string): boolean {
  return /^\d{7,8}$/.test(compactValue);
}
