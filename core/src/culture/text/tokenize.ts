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
  "gu",
);

const CLAUSE_BREAK = /[.!?¡¿:;\n•·|–—"“”«»()[\]]/;
const HAS_DIGIT = /\d/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  let pendingBreak = true;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match !== null; match = TOKEN_PATTERN.exec(text)) {
    const groups = match.groups ?? {};
    const value = match[0];
    const start = match.index;
    const gap = text.slice(last, start);
    if (CLAUSE_BREAK.test(gap)) pendingBreak = true;
    let kind: TokenKind = "word";
    if (groups.protected !== undefined) kind = "protected";
    else if (groups.date !== undefined) kind = "date";
    else if (groups.money !== undefined) kind = "money";
    else if (groups.percent !== undefined) kind = "percent";
    else if (groups.number !== undefined) kind = "number";
    // A word with a digit or an inner hyphen is a code or compound (SKU-123, 4K, e-commerce): left alone.
    else if (HAS_DIGIT.test(value) || value.includes("-") || value.includes("_")) kind = "protected";
    const isWord = kind === "word";
    tokens.push({
      kind,
      text: value,
      lower: isWord ? value.toLowerCase() : value,
      start,
      end: start + value.length,
      clauseStart: pendingBreak,
      gap,
    });
    // Markup is transparent: a tag before "Compra" does not end the clause state.
    if (kind !== "protected" || value.charAt(0) !== "<") pendingBreak = false;
    last = start + value.length;
  }
  return tokens;
}
