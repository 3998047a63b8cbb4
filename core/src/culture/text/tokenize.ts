// One pass over the text: words the engine may rewrite, numbers it may reformat, and spans it must never touch.

import { CODE_CHAR, isWordCode, LATIN_CLASS, LATIN_LOWER, UPPER_CHAR, WORD_CHAR } from "./characters.ts";
import { HASH_SEED, mix, SpellingTable } from "./spellings.ts";
import {
  CAPITALISED,
  CLAUSE_START,
  CLOSING,
  COMMA,
  INLINE_TAG,
  KINDS,
  OPENER,
  PROTECTED,
  SENTENCE,
  SPACE_ONLY,
  type Token,
  TokenStream,
  WORD,
} from "./token-stream.ts";

export type { Token, TokenKind } from "./token-stream.ts";
export { TokenStream } from "./token-stream.ts";

const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const CURRENCY_PREFIX = String.raw`US\$|R\$|RD\$|C\$|S\/\.?|Bs\.?S?|Gs\.?|B\/\.|[$€£₡₲]|(?:USD|EUR|MXN|ARS|COP|CLP|PEN|BRL|UYU|PYG|BOB|GTQ|HNL|NIO|CRC|DOP|VES|PAB|CUP)`;
const CURRENCY_SUFFIX = String.raw`€|(?:EUR|USD|MXN|ARS|COP|CLP|PEN|BRL|UYU|PYG|BOB|GTQ|HNL|NIO|CRC|DOP|VES|PAB|CUP)\b|euros?\b`;
const END_OF_NUMBER = String.raw`(?![\p{L}\d_\-\/]|[.,]\d)`;

const PROTECTED_PATTERN = String.raw`⟨\/?\d+\/?⟩|⟦[^⟧]*⟧|\{\{[^}]*\}\}|\{[\w.:, ]+\}|<\/?[a-zA-Z0-9][^<>]*>|%(?:\d+\$)?[sdif@]|\x60\x60\x60[\s\S]*?\x60\x60\x60|\x60[^\x60\n]+\x60|(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]']|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\p{L}\d_]+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|io|app|shop|store|mx|ar|co|cl|pe|es|br|uy|py|bo|ec|ve|us)\b(?:\/[^\s<>"]*[^\s<>".,;:!?)\]'])?`;

// The alternatives in priority order, each anchored where the token starts: the first that matches gives the kind,
// as one alternation would, and `test` finds the end without building a match object.
const PATTERNS: readonly (readonly [RegExp, number])[] = (
  [
    [PROTECTED_PATTERN, "protected"],
    [String.raw`\b\d{1,2}(?<separator>[\/.\-])\d{1,2}\k<separator>\d{2,4}${END_OF_NUMBER}`, "date"],
    [
      String.raw`(?:${CURRENCY_PREFIX})[\u00a0\u202f ]?(?:${NUMBER})${END_OF_NUMBER}|(?<![\p{L}\d_\-])(?:${NUMBER})[\u00a0\u202f ]?(?:${CURRENCY_SUFFIX})`,
      "money",
    ],
    [String.raw`(?<![\p{L}\d_\-])(?:${NUMBER})[\u00a0\u202f ]?%`, "percent"],
    [String.raw`(?<![\p{L}\d_\-])(?:${NUMBER})${END_OF_NUMBER}`, "number"],
    // Inner . , / only before a digit, so codes such as A1.299 stay one token but "hola,adiós" does not.
    [String.raw`[\p{L}\p{M}\d_]+(?:[\-'’][\p{L}\p{M}\d_]+|[.,\/](?=\d)[\p{L}\p{M}\d_]+)*`, "word"],
  ] as const
).map(([source, kind]) => [new RegExp(source, "uy"), KINDS.indexOf(kind)] as const);

/**
 * Whether the character after a word really continues it (tienda.com, e-mail, https://, A1,5) or just ends it.
 * Only : @ . $ / - ' ’ and , may extend a plain word into a URL, e-mail, domain, price or compound.
 */
function continuesWord(text: string, at: number): boolean {
  const next = text.charCodeAt(at);
  const after = text.charCodeAt(at + 1);
  switch (next) {
    case 64: // @
    case 36: // $
      return true;
    case 58: // :
      return text.startsWith("//", at + 1);
    case 44: // ,
      return after >= 48 && after <= 57;
    case 46: // .
    case 47: // /
    case 45: // -
    case 39: // '
    case 0x2019: // ’
      return Number.isFinite(after) && isWordCode(after);
    default:
      return false;
  }
}

// Elements that mark up words inside a phrase; i18n numbered tags (<1>) and the markup layer's ⟨1⟩ are such too.
const INLINE_ELEMENTS: ReadonlySet<string> = new Set(
  "a abbr b bdi bdo cite data dfn del em font i ins mark q s small span strong sub sup time u".split(" "),
);

/** An opening or closing inline tag (<strong>, </em>, <1>, ⟨1⟩, ⟨/1⟩), not a void or block one. */
function isInlineTag(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 0x27e8) return text.charCodeAt(end - 2) !== 47;
  if (text.charCodeAt(end - 2) === 47) return false;
  const name = /^<\/?([a-zA-Z0-9]+)/.exec(text.slice(start, end))?.[1]?.toLowerCase() ?? "";
  return INLINE_ELEMENTS.has(name) || /^\d+$/.test(name);
}

/** Characters that can start a protected span or a price: ⟦ { < % ` # @ $ € £ ₡ ₲. */
function isSpecialStart(code: number): boolean {
  switch (code) {
    case 0x27e6: // ⟦
    case 0x27e8: // ⟨ (an inline tag's placeholder: ⟨1⟩ … ⟨/1⟩)
    case 123: // {
    case 60: // <
    case 37: // %
    case 96: // `
    case 35: // #
    case 64: // @
    case 36: // $
    case 0x20ac: // €
    case 0xa3: // £
    case 0x20a1: // ₡
    case 0x20b2: // ₲
      return true;
    default:
      return false;
  }
}

/** A one- or two-letter word that may open a price (Bs 100, S/ 20, US$ 5, R$ 9): bs gs s us r rd c b, any case. */
function isCurrencyWord(text: string, start: number, end: number): boolean {
  // ASCII letters only: | 32 lowercases them, and no other word character lands on these codes.
  const a = text.charCodeAt(start) | 32;
  if (end - start === 1) return a === 115 || a === 114 || a === 99 || a === 98;
  if (end - start !== 2) return false;
  const b = text.charCodeAt(start + 1) | 32;
  return (b === 115 && (a === 98 || a === 103 || a === 117)) || (a === 114 && b === 100);
}

// Gap flags, read once per token so rules test bits instead of running regular expressions.
// Scanner-only bit: the gap ends a clause, so the next word opens one (stored per token as CLAUSE_START).
const CLAUSE = 128;

function gapFlags(text: string, from: number, to: number): number {
  if (to - from === 1 && text.charCodeAt(from) === 32) return SPACE_ONLY;
  let flags = to > from ? SPACE_ONLY : 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) continue;
    flags = (flags & ~SPACE_ONLY) | punctuationFlags(code);
  }
  return flags;
}

function punctuationFlags(code: number): number {
  switch (code) {
    case 46: // .
    case 33: // !
    case 63: // ?
    case 10: // line break
      return SENTENCE | CLAUSE | CLOSING;
    case 0xa1: // ¡
    case 0xbf: // ¿
      return OPENER | CLAUSE;
    case 58: // :
    case 59: // ;
      return OPENER | CLAUSE | CLOSING;
    case 44: // ,
      return COMMA | CLOSING;
    case 41: // )
      return CLOSING | CLAUSE;
    case 0x2022: // •
    case 0xb7: // ·
    case 124: // |
    case 0x2013: // –
    case 0x2014: // —
    case 34: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0xab: // «
    case 0xbb: // »
    case 40: // (
    case 91: // [
    case 93: // ]
      return CLAUSE;
    default:
      return 0;
  }
}

/** Columns of the stream being built, doubled when full. */
class Columns {
  length = 0;
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  spellingIds: Int32Array;
  #figures = new Int32Array(64);
  #figureCount = 0;

  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.spellingIds = new Int32Array(capacity);
  }

  /** The figure tokens' indexes, in order. */
  get figures(): Int32Array {
    return this.#figures.subarray(0, this.#figureCount);
  }

  push(kind: number, start: number, end: number, flags: number, spelling: number): void {
    if (this.length === this.kinds.length) this.#grow();
    const at = this.length++;
    this.kinds[at] = kind;
    this.starts[at] = start;
    this.ends[at] = end;
    this.flags[at] = flags;
    this.spellingIds[at] = spelling;
    if (kind > PROTECTED) {
      if (this.#figureCount === this.#figures.length) this.#figures = grown(this.#figures, this.#figures.length * 2);
      this.#figures[this.#figureCount++] = at;
    }
  }

  #grow(): void {
    const capacity = this.kinds.length * 2;
    this.kinds = grown(this.kinds, capacity);
    this.starts = grown(this.starts, capacity);
    this.ends = grown(this.ends, capacity);
    this.flags = grown(this.flags, capacity);
    this.spellingIds = grown(this.spellingIds, capacity);
  }
}

/** A copy of `values` in a longer array of the same type. */
function grown<T extends Uint8Array | Int32Array>(values: T, capacity: number): T {
  const next = (values instanceof Uint8Array ? new Uint8Array(capacity) : new Int32Array(capacity)) as T;
  next.set(values);
  return next;
}

/** The text's tokens as objects (tests, and rules that prefer objects); the engine reads `scanTokens`. */
export function tokenize(text: string): Token[] {
  return scanTokens(text).tokens();
}

export function scanTokens(text: string): TokenStream {
  // Copy averages six or seven characters per token.
  const columns = new Columns(Math.max(16, text.length >> 2));
  const spellings = new SpellingTable();
  scan(text, columns, spellings);
  return new TokenStream(text, columns.length, columns, spellings.strings);
}

/**
 * The scanning loop, apart from building the stream: V8 optimises it while it runs (one call reads a megabyte), and
 * code after the loop that has never run would throw that optimised code away at the end of every call.
 */
function scan(text: string, columns: Columns, spellings: SpellingTable): void {
  const length = text.length;
  let last = 0;
  let pendingBreak = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    let end = -1;
    let kind = WORD;
    // Most words are already lowercase; toLowerCase() on a megabyte of them is measurable garbage.
    let upper = true;
    // Set when the token is a plain word below U+0100: its spelling is found from `hash` without a string.
    let latin = false;
    let hash = HASH_SEED;
    if (code >= 48 && code <= 57) {
      end = slowMatch(text, i);
      kind = slowKind;
    } else if (code < 256 ? LATIN_CLASS[code] !== 0 : isWordCode(code)) {
      let j = i + 1;
      // The first character never makes a code (_ starts a word), and only a capital makes it uppercase.
      let code_ = false;
      latin = code < 256;
      upper = latin && ((LATIN_CLASS[code] ?? 0) & UPPER_CHAR) !== 0;
      hash = mix(hash, latin ? (LATIN_LOWER[code] ?? code) : code);
      for (; j < length; j++) {
        const c = text.charCodeAt(j);
        if (c < 256) {
          const kind = LATIN_CLASS[c] ?? 0;
          // Most characters are lowercase letters: their own lowercase, neither a capital nor a code character.
          if (kind === WORD_CHAR) {
            hash = mix(hash, c);
            continue;
          }
          if (kind === 0) break;
          hash = mix(hash, LATIN_LOWER[c] ?? c);
          if (kind & CODE_CHAR) code_ = true;
          else if (kind & UPPER_CHAR) upper = true;
        } else {
          if (!isWordCode(c)) break;
          latin = false;
        }
      }
      // A word followed by a space (most are) ends there.
      const fast =
        !(j < length && text.charCodeAt(j) !== 32 && continuesWord(text, j)) &&
        !(j - i === 3 && code >= 65 && code <= 90) &&
        !isCurrencyWord(text, i, j);
      if (fast) {
        end = j;
        kind = code_ ? PROTECTED : WORD;
        latin = latin && !code_;
      } else {
        end = slowMatch(text, i);
        kind = slowKind;
        latin = false;
      }
    } else if (isSpecialStart(code)) {
      end = slowMatch(text, i);
      kind = slowKind;
    }
    if (end <= i) {
      i++;
      continue;
    }
    let flags = i - last === 1 && text.charCodeAt(last) === 32 ? SPACE_ONLY : gapFlags(text, last, i);
    if (flags & CLAUSE) pendingBreak = true;
    flags &= ~CLAUSE;
    if (pendingBreak) flags |= CLAUSE_START;
    let spelling: number;
    if (latin) {
      spelling = spellings.lowered(text, i, end, hash);
      if ((LATIN_CLASS[code] ?? 0) & UPPER_CHAR) flags |= CAPITALISED;
    } else {
      const value = text.slice(i, end);
      const lower = kind === WORD && upper ? value.toLowerCase() : value;
      spelling = spellings.of(lower);
      if (value.charAt(0) !== lower.charAt(0)) flags |= CAPITALISED;
    }
    // Markup is transparent: a tag before "Compra" does not end the clause state.
    const markup = kind === PROTECTED && (code === 60 || code === 0x27e8);
    if (markup && isInlineTag(text, i, end)) flags |= INLINE_TAG;
    columns.push(kind, i, end, flags, spelling);
    if (!markup) pendingBreak = false;
    last = end;
    i = end;
  }
}

/** Kind of the last slowMatch (a module variable, so the scanner allocates nothing per token). */
let slowKind = WORD;

/** The patterns, anchored at `at`: the token's end (-1 when none), its kind in `slowKind`. */
function slowMatch(text: string, at: number): number {
  for (const [pattern, kind] of PATTERNS) {
    pattern.lastIndex = at;
    if (!pattern.test(text)) continue;
    const end = pattern.lastIndex;
    // A word with a digit, a hyphen or an underscore is a code or compound (SKU-123, 4K, e-commerce): left alone.
    slowKind = kind === WORD && isCode(text, at, end) ? PROTECTED : kind;
    return end;
  }
  slowKind = WORD;
  return -1;
}

function isCode(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if ((code >= 48 && code <= 57) || code === 45 || code === 95) return true;
  }
  return false;
}
