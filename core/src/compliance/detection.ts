import type { PiiType } from "./pii-types.ts";

/**
 * How sure a detector is, which decides overlaps (see scan.ts):
 * - "checked": a check digit (or Luhn, mod 97) passed on a distinctive layout, or a well-formed e-mail;
 * - "context": a weak identifier confirmed by a keyword before it ("DNI 20.123.456");
 * - "phone": libphonenumber's metadata says the number is valid for a country.
 */
export type Evidence = "checked" | "context" | "phone";

export interface Detection {
  type: PiiType;
  start: number;
  end: number;
  evidence: Evidence;
}

/** Characters that may not touch an identifier on either side (letters, digits, Latin-1 letters). */
export const wordCharacter = "0-9A-Za-zÀ-ÖØ-öø-ÿ";
