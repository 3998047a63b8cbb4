/** Small helpers shared by the check-digit algorithms. Inputs are already normalised (separators removed). */

export function digitsOf(value: string): number[] {
  const result: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return [];
    result.push(code);
  }
  return result;
}

export function isAllDigits(value: string): boolean {
  return value.length > 0 && digitsOf(value).length === value.length;
}

export function allCharactersEqual(value: string): boolean {
  for (let index = 1; index < value.length; index++) if (value[index] !== value[0]) return false;
  return true;
}

/** Σ digit·weight, pairing the weights with the digits left to right. */
export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) sum += (digits[index] ?? 0) * (weights[index] ?? 0);
  return sum;
}

/** Removes the separators printed forms use (dots, hyphens, slashes, spaces). */
export function compact(value: string): string {
  return value.replace(/[\s./-]/g, "");
}

/** True when the YYMMDD date exists in some century (used by CURP and RFC). */
export function isValidYymmdd(yymmdd: string): boolean {
  if (!/^\d{6}$/.test(yymmdd)) return false;
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (month < 1 || month > 12 || day < 1) return false;
  const year = Number(yymmdd.slice(0, 2));
  // Either century: only February 29th depends on the year, and 2000 is a leap year, so "00" passes.
  const daysInMonth = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (daysInMonth[month - 1] ?? 0);
}
