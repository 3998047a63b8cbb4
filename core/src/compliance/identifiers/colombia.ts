import { digitsOf } from "./digits.ts";

// Algorithm: python-stdnum stdnum/co/nit.py (S260).

const nitWeights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];

/** NIT: 8–16 digits including the check digit; prime weights from the rightmost body digit, mod 11. */
export function isValidNit(compactValue: string): boolean {
  const digits = digitsOf(compactValue);
  if (digits.length < 8 || digits.length > 16) return false;
  const body = digits.slice(0, -1).reverse();
  let sum = 0;
  for (let index = 0; index < body.length; index++) sum += (body[index] ?? 0) * (nitWeights[index] ?? 0);
  const remainder = sum % 11;
  return (remainder < 2 ? remainder : 11 - remainder) === digits[digits.length - 1];
}

/** Cédula de ciudadanía: digits only, no public check digit; length range is not sourced (reference: [U]). */
export function isPlausibleColombianCedula(compactValue: string): boolean {
  return /^\d{6,10}$/.test(compactValue);
}
