// The tokeniser's output as parallel typed arrays (one entry per token) and one lowercase string per distinct
// spelling: a megabyte of copy is ~150k tokens, and as objects they were what the garbage collector paid for.

export type TokenKind =
  | "word"
  /** URLs, e-mails, placeholders, tags, code, SKUs, hashtags: never rewritten. */
  | "protected"
  | "number"
  | "money"
  | "percent"
  | "date";

/** One token as an object; `TokenStream.token(i)` builds it on demand. */
export type Token = {
  readonly kind: TokenKind;
  readonly text: string;
  /** Lowercase text for words; the text itself otherwise. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** A word that opens a sentence or clause: text start, or after . ! ? ¡ ¿ : ; a line break or a bullet. */
  readonly clauseStart: boolean;
  /** The characters between the previous token and this one. */
  readonly gap: string;
  /** The gap ends a sentence: . ! ? or a line break. */
  readonly sentenceBreak: boolean;
  /** The gap opens a question, exclamation or list: ¡ ¿ : ; */
  readonly openerBreak: boolean;
  /** The gap holds a comma. */
  readonly comma: boolean;
  /** The gap holds punctuation that closes a phrase: ! . , : ; ? ) or a line break. */
  readonly closingPunctuation: boolean;
  /** The gap is only spaces (words of one phrase: "traje de baño"). */
  readonly spaceOnly: boolean;
};

export const KINDS: readonly TokenKind[] = ["word", "protected", "number", "money", "percent", "date"];
export const WORD = 0;
export const PROTECTED = 1;

// Flag bits per token: what its gap holds, and two facts about the token itself.
export const SENTENCE = 1;
export const OPENER = 2;
export const COMMA = 4;
export const CLOSING = 8;
export const SPACE_ONLY = 16;
export const CLAUSE_START = 32;
/** The word's first letter is a capital (Descubre, ORDENADOR). */
export const CAPITALISED = 64;
/** The token is an inline tag (<strong>, </em>, ⟨1⟩): markup inside a phrase, which agreement looks through. */
export const INLINE_TAG = 128;

/** Token indexes of one stream marked as taken (by a lexicon term, its agreement …): one byte per token. */
export class TokenMarks {
  readonly #marks: Uint8Array;

  constructor(length: number) {
    this.#marks = new Uint8Array(length);
  }

  has(i: number): boolean {
    return this.#marks[i] === 1;
  }

  add(i: number): void {
    if (i >= 0 && i < this.#marks.length) this.#marks[i] = 1;
  }
}

export class TokenStream {
  readonly text: string;
  readonly length: number;
  /** Lowercase spelling of each distinct word (other tokens: their text), indexed by `spelling(i)`. */
  readonly spellings: readonly string[];
  readonly #kinds: Uint8Array;
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  readonly #flags: Uint8Array;
  readonly #spellingIds: Int32Array;
  readonly #figures: Int32Array;

  constructor(
    text: string,
    length: number,
    columns: {
      readonly kinds: Uint8Array;
      readonly starts: Int32Array;
      readonly ends: Int32Array;
      readonly flags: Uint8Array;
      readonly spellingIds: Int32Array;
      /** Indexes of the figure tokens (number, price, percentage, date). */
      readonly figures: Int32Array;
    },
    spellings: readonly string[],
  ) {
    this.text = text;
    this.length = length;
    this.spellings = spellings;
    this.#kinds = columns.kinds;
    this.#starts = columns.starts;
    this.#ends = columns.ends;
    this.#flags = columns.flags;
    this.#spellingIds = columns.spellingIds;
    this.#figures = columns.figures;
  }

  #has(i: number): boolean {
    return i >= 0 && i < this.length;
  }

  kind(i: number): TokenKind {
    return KINDS[this.#kinds[i] ?? WORD] ?? "word";
  }
  /** Whether token `i` exists and is a word. */
  isWord(i: number): boolean {
    return this.#has(i) && this.#kinds[i] === WORD;
  }
  start(i: number): number {
    return this.#starts[i] ?? 0;
  }
  end(i: number): number {
    return this.#ends[i] ?? 0;
  }
  /** The token as written. */
  source(i: number): string {
    return this.text.slice(this.start(i), this.end(i));
  }
  /** Lowercase text of a word, the text of other tokens; "" past either end. */
  lower(i: number): string {
    return this.#has(i) ? (this.spellings[this.#spellingIds[i] ?? 0] ?? "") : "";
  }
  /** Index into `spellings`: equal spellings share it. -1 past either end. */
  spelling(i: number): number {
    return this.#has(i) ? (this.#spellingIds[i] ?? -1) : -1;
  }
  /** Indexes of the number, price, percentage and date tokens, in order: the figure rules visit only these. */
  figures(): Int32Array {
    return this.#figures;
  }
  /** Whether the tokens from `i` on are `words` (lowercase), one token each. */
  matches(i: number, words: readonly string[]): boolean {
    if (i < 0 || i + words.length > this.length) return false;
    for (let k = 0; k < words.length; k++) if (this.lower(i + k) !== words[k]) return false;
    return true;
  }
  /**
   * `lookup` of each distinct spelling, indexed by `spelling(i)`: a rule's per-word table lookups done once per
   * word of the text rather than once per token.
   */
  bySpelling<T>(lookup: (spelling: string, id: number) => T): T[] {
    const values: T[] = [];
    for (let id = 0; id < this.spellings.length; id++) values.push(lookup(this.spellings[id] ?? "", id));
    return values;
  }
  #flag(i: number, bit: number): boolean {
    return ((this.#flags[i] ?? 0) & bit) !== 0;
  }
  clauseStart(i: number): boolean {
    return this.#flag(i, CLAUSE_START);
  }
  sentenceBreak(i: number): boolean {
    return this.#flag(i, SENTENCE);
  }
  openerBreak(i: number): boolean {
    return this.#flag(i, OPENER);
  }
  comma(i: number): boolean {
    return this.#flag(i, COMMA);
  }
  closingPunctuation(i: number): boolean {
    return this.#flag(i, CLOSING);
  }
  spaceOnly(i: number): boolean {
    return this.#flag(i, SPACE_ONLY);
  }
  capitalised(i: number): boolean {
    return this.#flag(i, CAPITALISED);
  }
  inlineTag(i: number): boolean {
    return this.#has(i) && this.#flag(i, INLINE_TAG);
  }
  /**
   * The gap before token `i` keeps it in the phrase of the token before: spaces only, or nothing at all beside an
   * inline tag (el <b>ordenador</b> nuevo).
   */
  joinsPrevious(i: number): boolean {
    if (!this.#has(i) || i === 0) return false;
    if (this.spaceOnly(i)) return true;
    return this.start(i) === this.end(i - 1) && (this.inlineTag(i) || this.inlineTag(i - 1));
  }
  /** The nearest token before `i` in its phrase, looking through inline tags; -1 when punctuation intervenes. */
  before(i: number): number {
    for (let k = i - 1; this.joinsPrevious(k + 1); k--) if (!this.inlineTag(k)) return k;
    return -1;
  }
  /** The nearest token after `i` in its phrase, looking through inline tags; -1 when punctuation intervenes. */
  after(i: number): number {
    for (let k = i + 1; this.joinsPrevious(k); k++) if (!this.inlineTag(k)) return k;
    return -1;
  }
  gap(i: number): string {
    return this.text.slice(i > 0 ? this.end(i - 1) : 0, this.start(i));
  }

  token(i: number): Token {
    return {
      kind: this.kind(i),
      text: this.source(i),
      lower: this.lower(i),
      start: this.start(i),
      end: this.end(i),
      clauseStart: this.clauseStart(i),
      gap: this.gap(i),
      sentenceBreak: this.sentenceBreak(i),
      openerBreak: this.openerBreak(i),
      comma: this.comma(i),
      closingPunctuation: this.closingPunctuation(i),
      spaceOnly: this.spaceOnly(i),
    };
  }

  tokens(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.token(i));
    return out;
  }
}
