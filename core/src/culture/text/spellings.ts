// The distinct spellings of one text, each made into a string once and found again by a hash of its codes.
import { LATIN_LOWER } from "./characters.ts";

export const HASH_SEED = 0x011c9dc5;
// 30 bits: V8 keeps the hash a small integer, and code specialised for those never meets a boxed number.
export function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) & 0x3fffffff;
}

/**
 * text[start, end) lowercased, every code below U+0100, built as a flat one-byte string: comparing a word with it
 * then reads the same kind of string every time (a slice of a two-byte text would stay two-byte or sliced).
 */
function oneByteLowercase(text: string, start: number, end: number): string {
  // A pathologically long word is not worth it, and would take too many arguments.
  if (end - start > 4096) return text.slice(start, end).toLowerCase();
  const codes: number[] = [];
  for (let k = start; k < end; k++) codes.push(LATIN_LOWER[text.charCodeAt(k)] ?? 0);
  return String.fromCharCode(...codes);
}

/** One string per distinct spelling in a text, found by a hash of its lowercase codes without slicing the text. */
export class SpellingTable {
  readonly strings: string[] = [];
  #hashes = new Int32Array(256);
  /** Spelling id + 1 per slot; 0 is empty. */
  #slots = new Int32Array(256);

  /** The id of text[start, end) lowercased; every code must be below U+0100. */
  lowered(text: string, start: number, end: number, hash: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.#slots[slot] ?? 0) - 1;
      if (id < 0) return this.#insert(slot, hash, oneByteLowercase(text, start, end));
      if (this.#hashes[slot] === hash && this.#sameLowered(this.strings[id] ?? "", text, start, end)) return id;
    }
  }

  /** The id of a spelling already made into a string. */
  of(value: string): number {
    let hash = HASH_SEED;
    for (let k = 0; k < value.length; k++) hash = mix(hash, value.charCodeAt(k));
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (this.#slots[slot] ?? 0) - 1;
      if (id < 0) return this.#insert(slot, hash, value);
      if (this.#hashes[slot] === hash && this.strings[id] === value) return id;
    }
  }

  #sameLowered(spelling: string, text: string, start: number, end: number): boolean {
    if (spelling.length !== end - start) return false;
    for (let k = 0; k < spelling.length; k++) {
      const expected = spelling.charCodeAt(k);
      // Most of the text is lowercase already: the table is read only for a character that differs.
      const code = text.charCodeAt(start + k);
      if (code !== expected && LATIN_LOWER[code] !== expected) return false;
    }
    return true;
  }

  #insert(slot: number, hash: number, value: string): number {
    const id = this.strings.length;
    this.strings.push(value);
    this.#hashes[slot] = hash;
    this.#slots[slot] = id + 1;
    if (this.strings.length * 2 > this.#slots.length) this.#grow();
    return id;
  }

  #grow(): void {
    const hashes = this.#hashes;
    const slots = this.#slots;
    this.#hashes = new Int32Array(slots.length * 2);
    this.#slots = new Int32Array(slots.length * 2);
    const mask = this.#slots.length - 1;
    for (let old = 0; old < slots.length; old++) {
      const entry = slots[old] ?? 0;
      if (entry === 0) continue;
      const hash = hashes[old] ?? 0;
      let slot = hash & mask;
      while ((this.#slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
      this.#hashes[slot] = hash;
      this.#slots[slot] = entry;
    }
  }
}
