import { digitsOf, weightedSum } from "./digits.ts";

// Algorithms: python-stdnum stdnum/pe/cui.py and stdnum/pe/ruc.py (S260).

const cuiWeights = [3, 2, 7, 6, 5, 4, 3, 2];

/** DNI/CUI with its check character (a digit or a letter): 8 digits + 1. */
export function isValidPeruvianDniWithCheck(compactValue: string): boolean {
  const value = compactValue.toUpperCase();
  if (!/^\d{8}[0-9A-K]$/.test(value)) return false;
  const remainder = weightedSum(digitsOf(value.slice(0, 8)), cuiWeights) % 11;
  const check = value.charAt(8);
  return "65432110987".charAt(remainder) === check || "KJIHGFEDCBA".charAt(remainder) === check;
}

/** DNI without the check character: 8 digits, weak (reported only with a keyword). */
export function isPlausiblePeruvianDni(compactValue: string): boolean {
  return /^\d{8}$/.test(compactValue);
}

const rucPrefixes = new Set(["10", "15", "16", "17", "20"]);
const rucWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** RUC: 11 digits, prefix 10/15/16/17/20 and a mod-11 check digit. */
export function isValidRuc(compactValue: string): boolean {
  const digits = digitsOf(compactValue);
  if (digits.length !== 11 || !rucPrefixes.has(compactValue.slice(0, 2))) return false;
  return (11 - (weightedSum(digits.slice(0, 10), rucWeights) % 11)) % 10 === digits[10];
}
