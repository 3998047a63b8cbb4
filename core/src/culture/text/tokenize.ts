// One pass over the text: words the engine may rewrite, numbers it may reformat, and spans it must never touch.

export type TokenKind =
  | "word"
  /** URLs, e-mails, placeholders, tags, code, SKUs, hashtags: never rewritten. */
  | "protected"
  | "number"
  | "money"
  | "percent"
  | "date";

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

const NUMBER = String.raw`\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const CURRENCY_PREFIX = String.raw`US\$|R\$|RD\$|C\$|S\/\.?|Bs\.?S?|Gs\.?|B\/\.|[$€£₡₲]|(?:USD|EUR|MXN|ARS|COP|CLP|PEN|BRL|UYU|PYG|BOB|GTQ|HNL|NIO|CRC|DOP|VES|PAB|CUP)`;
const CURRENCY_SUFFIX = String.raw`€|(?:EUR|USD|MXN|ARS|COP|CLP|PEN|BRL|UYU|PYG|BOB|GTQ|HNL|NIO|CRC|DOP|VES|PAB|CUP)\b|euros?\b`;
const END_OF_NUMBER = String.raw`(?![\p{L}\d_\-\/]|[.,]\d)`;

// Alternatives in priority order; each kind is a named group so one exec classifies the match.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<protected>⟦[^⟧]*⟧|\{\{[^}]*\}\}|\{[\w.:, ]+\}|<\/?[a-zA-Z0-9][^<>]*>|%(?:\d+\$)?[sdif@]|\x60\x60\x60[\s\S]*?\x60\x60\x60|\x60[^\x60\n]+\x60|(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]']|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\p{L}\d_]+|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|net|org|io|app|shop|store|mx|ar|co|cl|pe|es|br|uy|py|bo|ec|ve|us)\b(?:\/[^\s<>"]*[^\s<>".,;:!?)\]'])?)`,
    String.raw`(?<date>\b\d{1,2}(?<separator>[\/.\-])\d{1,2}\k<separator>\d{2,4}${END_OF_NUMBER})`,
    String.raw`(?<money>(?:${CURRENCY_PREFIX})[\u00a0\u202f ]?(?:${NUMBER})${END_OF_NUMBER}|(?<![\p{L}\d_\-])(?:${NUMBER})[\u00a0\u202f ]?(?:${CURRENCY_SUFFIX}))`,
    String.raw`(?<percent>(?<![\p{L}\d_\-])(?:${NUMBER})[\u00a0\u202f ]?%)`,
    String.raw`(?<number>(?<![\p{L}\d_\-])(?:${NUMBER})${END_OF_NUMBER})`,
    // Inner . , / only before a digit, so codes such as A1.299 stay one token but "hola,adiós" does not.
    String.raw`(?<word>[\p{L}\p{M}\d_]+(?:[\-'’][\p{L}\p{M}\d_]+|[.,\/](?=\d)[\p{L}\p{M}\d_]+)*)`,
  ].join("|"),
  "guy",
);

const HAS_DIGIT = /\d/;
const OTHER_LETTER = /[\p{L}\p{M}]/u;

// ASCII letters, digits and underscore; Latin-1 and Latin Extended letters by range; the rest by Unicode class.
function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return code > 0x2ff && OTHER_LETTER.test(String.fromCharCode(code));
}

// After a plain word these characters may extend it into a URL, e-mail, domain, price or compound: slow path.
const EXTENDERS = new Set([":", "@", ".", "$", "/", "-", "'", "’", ","]);
/** Whether the character after a word really continues it (tienda.com, e-mail, https://, A1,5) or just ends it. */
function continuesWord(text: string, at: number, next: string): boolean {
  const after = text.charCodeAt(at + 1);
  if (next === "@" || next === "$") return true;
  if (next === ":") return text.startsWith("//", at + 1);
  if (next === ",") return after >= 48 && after <= 57;
  return Number.isFinite(after) && isWordCode(after);
}

// Characters that can start a protected span, a price or a number.
const SPECIAL_STARTS = new Set(["⟦", "{", "<", "%", "`", "#", "@", "$", "€", "£", "₡", "₲"]);

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
const CLAUSE = 1;
const SENTENCE = 2;
const OPENER = 4;
const COMMA = 8;
const CLOSING = 16;
const SPACE_ONLY = 32;

function gapFlags(text: string, from: number, to: number): number {
  if (to - from === 1 && text.charCodeAt(from) === 32) return SPACE_ONLY;
  let flags = to > from ? SPACE_ONLY : 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    if (code !== 9 && code !== 0xa0) flags &= ~SPACE_ONLY;
    if (code === 9 || code === 0xa0) continue;
    const ch = text.charAt(i);
    if (".!?\n".includes(ch)) flags |= SENTENCE | CLAUSE | CLOSING;
    else if ("¡¿".includes(ch)) flags |= OPENER | CLAUSE;
    else if (":;".includes(ch)) flags |= OPENER | CLAUSE | CLOSING;
    else if (ch === ",") flags |= COMMA | CLOSING;
    else if (ch === ")") flags |= CLOSING | CLAUSE;
    else if ('•·|–—"“”«»([]'.includes(ch)) flags |= CLAUSE;
  }
  return flags;
}

// A class with few fields: a megabyte of copy is ~150k tokens, and their size is what the garbage collector pays.
class ScannedToken implements Token {
  readonly #source: string;
  readonly #flags: number;
  readonly #gapStart: number;
  readonly kind: TokenKind;
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly clauseStart: boolean;

  constructor(
    source: string,
    kind: TokenKind,
    text: string,
    lower: string,
    start: number,
    end: number,
    clauseStart: boolean,
    flags: number,
    gapStart: number,
  ) {
    this.#source = source;
    this.#flags = flags;
    this.#gapStart = gapStart;
    this.kind = kind;
    this.text = text;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.clauseStart = clauseStart;
  }

  get gap(): string {
    return this.#source.slice(this.#gapStart, this.start);
  }
  get sentenceBreak(): boolean {
    return (this.#flags & SENTENCE) !== 0;
  }
  get openerBreak(): boolean {
    return (this.#flags & OPENER) !== 0;
  }
  get comma(): boolean {
    return (this.#flags & COMMA) !== 0;
  }
  get closingPunctuation(): boolean {
    return (this.#flags & CLOSING) !== 0;
  }
  get spaceOnly(): boolean {
    return (this.#flags & SPACE_ONLY) !== 0;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let pendingBreak = true;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    const ch = text.charAt(i);
    let end = -1;
    let kind: TokenKind = "word";
    // Most words are already lowercase; toLowerCase() on a megabyte of them is measurable garbage.
    let upper = true;
    if (code >= 48 && code <= 57) {
      ({ end, kind } = slowMatch(text, i));
    } else if (isWordCode(code)) {
      let j = i + 1;
      let code_ = false;
      upper = code <= 90 || (code >= 0xc0 && code <= 0xde);
      for (; j < length; j++) {
        const c = text.charCodeAt(j);
        if (!isWordCode(c)) break;
        if ((c >= 48 && c <= 57) || c === 95) code_ = true;
        else if (c <= 90 || (c >= 0xc0 && c <= 0xde)) upper = true;
      }
      const next = text.charAt(j);
      const fast =
        !(EXTENDERS.has(next) && continuesWord(text, j, next)) &&
        !(j - i === 3 && code >= 65 && code <= 90) &&
        !isCurrencyWord(text, i, j);
      if (fast) {
        end = j;
        kind = code_ ? "protected" : "word";
      } else {
        ({ end, kind } = slowMatch(text, i));
      }
    } else if (SPECIAL_STARTS.has(ch) || (ch === "w" && text.startsWith("www.", i))) {
      ({ end, kind } = slowMatch(text, i));
    }
    if (end <= i) {
      i++;
      continue;
    }
    const value = text.slice(i, end);
    const flags = gapFlags(text, last, i);
    if (flags & CLAUSE) pendingBreak = true;
    tokens.push(
      new ScannedToken(
        text,
        kind,
        value,
        kind === "word" && upper ? value.toLowerCase() : value,
        i,
        end,
        pendingBreak,
        flags,
        last,
      ),
    );
    // Markup is transparent: a tag before "Compra" does not end the clause state.
    if (kind !== "protected" || value.charAt(0) !== "<") pendingBreak = false;
    last = end;
    i = end;
  }
  return tokens;
}

/** The full pattern, anchored at `at`; used where a token may be more than a plain word. */
function slowMatch(text: string, at: number): { end: number; kind: TokenKind } {
  TOKEN_PATTERN.lastIndex = at;
  const match = TOKEN_PATTERN.exec(text);
  if (match === null) return { end: -1, kind: "word" };
  const groups = match.groups ?? {};
  const value = match[0];
  let kind: TokenKind = "word";
  if (groups.protected !== undefined) kind = "protected";
  else if (groups.date !== undefined) kind = "date";
  else if (groups.money !== undefined) kind = "money";
  else if (groups.percent !== undefined) kind = "percent";
  else if (groups.number !== undefined) kind = "number";
  // A word with a digit or an inner hyphen is a code or compound (SKU-123, 4K, e-commerce): left alone.
  else if (HAS_DIGIT.test(value) || value.includes("-") || value.includes("_")) kind = "protected";
  return { end: at + value.length, kind };
}
