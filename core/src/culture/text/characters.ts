// Character classes the tokenizer reads: one table lookup per character below U+0100, Unicode classes above.

const OTHER_LETTER = /[\p{L}\p{M}]/u;

// ASCII letters, digits and underscore; Latin-1 and Latin Extended letters by range; the rest by Unicode class.
export function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return code > 0x2ff && OTHER_LETTER.test(String.fromCharCode(code));
}

// Classes of the characters below U+0100, one table read per character while scanning words.
export const WORD_CHAR = 1;
/** A capital letter (A-Z, À-Þ). */
export const UPPER_CHAR = 2;
/** A digit or underscore: inside a word, it makes the word a code (SKU2025). */
export const CODE_CHAR = 4;
export const LATIN_CLASS = new Uint8Array(256);
/** Lowercase of each code below U+0100, as toLowerCase() gives it. */
export const LATIN_LOWER = new Uint8Array(256);
for (let code = 0; code < 256; code++) {
  const upper = (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
  const digit = (code >= 48 && code <= 57) || code === 95;
  LATIN_CLASS[code] = isWordCode(code) ? WORD_CHAR | (upper ? UPPER_CHAR : 0) | (digit ? CODE_CHAR : 0) : 0;
  LATIN_LOWER[code] = upper ? code + 32 : code;
}
