import { allCharactersEqual, digitsOf, weightedSum } from "./digits.ts";

// Algorithms: python-stdnum stdnum/br/cpf.py and stdnum/br/cnpj.py (reference source S260), validator.js (S261).

function cpfDigit(digits: readonly number[], firstWeight: number): number {
  const weights = Array.from({ length: digits.length }, (_, index) => firstWeight - index);
  const remainder = (weightedSum(digits, weights) * 10) % 11;
  return remainder === 10 ? 0 : remainder;
}

/** CPF: 11 digits, two check digits; all-equal digits pass the arithmetic but are never issued. */
export function isValidCpf(compactValue: string): boolean {
  const digits = digitsOf(compactValue);
  if (digits.length !== 11 || allCharactersEqual(compactValue)) return false;
  return cpfDigit(digits.slice(0, 9), 10) === digits[9] && cpfDigit(digits.slice(0, 10), 11) === digits[10];
}

const cnpjFirstWeights = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
const cnpjSecondWeights = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];

function cnpjDigit(values: readonly number[], weights: readonly number[]): number {
  const remainder = weightedSum(values, weights) % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/**
 * CNPJ, numeric and the alphanumeric form issued from July 2026: 12 characters [0-9A-Z] and two numeric check
 * digits; each character is worth its ASCII code minus 48, so digits keep their value and A–Z are 17–42.
 */
export function isValidCnpj(compactValue: string): boolean {
  const value = compactValue.toUpperCase();
  if (!/^[0-9A-Z]{12}\d{2}$/.test(value) || allCharactersEqual(value)) return false;
  const values = Array.from(value, (character) => character.charCodeAt(0) - 48);
  return (
    cnpjDigit(values.slice(0, 12), cnpjFirstWeights) === values[12] &&
    cnpjDigit(values.slice(0, 13), cnpjSecondWeights) === values[13]
  );
}
