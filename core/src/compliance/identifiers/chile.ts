import { digitsOf } from "./digits.ts";

// Algorithm: python-stdnum stdnum/cl/rut.py (S260).

/** The RUT/RUN check character for a body of digits: mod 11 with weights 2..7 from the right; 10 is "K". */
export function rutCheckCharacter(body: string): string {
  const digits = digitsOf(body);
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    sum += (digits[digits.length - 1 - index] ?? 0) * (2 + (index % 6));
  }
  const value = 11 - (sum % 11);
  return value === 11 ? "0" : value === 10 ? "K" : String(value);
}

/** RUT/RUN in compact form: up to 8 body digits and a check character [0-9K]. */
export function isValidRut(compactValue: string): boolean {
  const value = compactValue.toUpperCase();
  if (!/^\d{7,8}[0-9K]$/.test(value)) return false;
  return rutCheckCharacter(value.slice(0, -1)) === value.slice(-1);
}
