// Placeholder syntax: `⟨1⟩…⟨/1⟩` for a paired tag, `⟨2/⟩` for a void or untranslatable one.
// U+27E8/U+27E9 (mathematical angle brackets) are rare in copy, survive tokenizers as single
// characters, are not markup to a model, and differ from the compliance tokens `⟦TYPE_n⟧`.

export const PLACEHOLDER_PATTERN = /⟨(\/?)(\d+)(\/?)⟩/g;
const PLACEHOLDER_TEST = /⟨\/?\d+\/?⟩/;

export type PlaceholderTokenType = "open" | "close" | "self";

export interface PlaceholderToken {
  readonly type: PlaceholderTokenType;
  readonly n: number;
  readonly start: number;
  readonly end: number;
}

export function openPlaceholder(n: number): string {
  return `⟨${n}⟩`;
}
export function closePlaceholder(n: number): string {
  return `⟨/${n}⟩`;
}
export function selfPlaceholder(n: number): string {
  return `⟨${n}/⟩`;
}

export function containsPlaceholderSyntax(text: string): boolean {
  return PLACEHOLDER_TEST.test(text);
}

/** Splits text into literal strings and placeholder tokens, in order. */
export function tokenizePlaceholders(text: string): Array<string | PlaceholderToken> {
  if (!text.includes("⟨")) return text === "" ? [] : [text];
  const out: Array<string | PlaceholderToken> = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const start = match.index;
    const [whole, slash, digits, selfSlash] = match;
    // `⟨/1/⟩` is neither form: leave it as text so the check reports the real one missing.
    if (slash && selfSlash) continue;
    if (start > last) out.push(text.slice(last, start));
    const type: PlaceholderTokenType = slash ? "close" : selfSlash ? "self" : "open";
    out.push({ type, n: Number(digits), start, end: start + whole.length });
    last = start + whole.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** `reordered`: the format cannot move markup (rich-text JSON keeps its runs in source order). */
export type PlaceholderProblemCode = "missing" | "duplicated" | "invented" | "misnested" | "reordered";

export interface PlaceholderProblem {
  readonly code: PlaceholderProblemCode;
  /** The placeholder as written, e.g. `⟨/2⟩`. */
  readonly placeholder: string;
  readonly message: string;
}

function written(token: { type: PlaceholderTokenType; n: number }): string {
  if (token.type === "open") return openPlaceholder(token.n);
  if (token.type === "close") return closePlaceholder(token.n);
  return selfPlaceholder(token.n);
}

function isToken(part: string | PlaceholderToken): part is PlaceholderToken {
  return typeof part !== "string";
}

/**
 * Compares the placeholders of a translation with its source segment. Every source placeholder must
 * appear exactly once, none may be added, and paired ones must open before they close and nest
 * properly. Order among siblings may change (languages reorder phrases).
 */
export function checkPlaceholders(source: string, translation: string): readonly PlaceholderProblem[] {
  if (!source.includes("⟨") && !translation.includes("⟨")) return [];
  const expected = new Set(tokenizePlaceholders(source).filter(isToken).map(written));
  const seen = new Map<string, number>();
  const problems: PlaceholderProblem[] = [];
  const stack: number[] = [];
  const tokens = tokenizePlaceholders(translation).filter(isToken);
  for (const token of tokens) {
    const key = written(token);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (!expected.has(key)) {
      problems.push({ code: "invented", placeholder: key, message: `${key} is not in the source` });
      continue;
    }
    if (token.type === "open") stack.push(token.n);
    if (token.type === "close") {
      if (stack.at(-1) === token.n) stack.pop();
      else {
        problems.push({ code: "misnested", placeholder: key, message: `${key} closes out of order` });
        const at = stack.lastIndexOf(token.n);
        if (at >= 0) stack.splice(at, 1);
      }
    }
  }
  for (const open of stack) {
    const key = openPlaceholder(open);
    if (seen.get(closePlaceholder(open)) && !problems.some((p) => p.placeholder === closePlaceholder(open))) {
      problems.push({ code: "misnested", placeholder: key, message: `${key} is closed before it opens` });
    }
  }
  for (const key of expected) {
    const count = seen.get(key) ?? 0;
    if (count === 0) problems.push({ code: "missing", placeholder: key, message: `${key} is missing` });
    if (count > 1) problems.push({ code: "duplicated", placeholder: key, message: `${key} appears ${count} times` });
  }
  return problems;
}

/** Applies `transform` to the text between placeholders, leaving the placeholders as they are. */
export function mapSegmentText(text: string, transform: (part: string) => string): string {
  return tokenizePlaceholders(text)
    .map((part) => (typeof part === "string" ? transform(part) : text.slice(part.start, part.end)))
    .join("");
}
