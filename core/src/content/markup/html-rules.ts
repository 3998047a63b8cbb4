// Which HTML elements and attributes hold translatable text, and how text is encoded back.

/** Phrasing elements that stay inside a sentence and become paired placeholders. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "big",
  "button",
  "cite",
  "data",
  "del",
  "dfn",
  "em",
  "font",
  "i",
  "ins",
  "label",
  "mark",
  "q",
  "s",
  "small",
  "span",
  "strike",
  "strong",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
]);

/** Void or replaced elements that sit inside a sentence as self-closing placeholders. */
export const INLINE_VOID_ELEMENTS: ReadonlySet<string> = new Set(["br", "img", "wbr", "input"]);

/** Inline elements whose content is never translated: kept whole as one self-closing placeholder. */
export const INLINE_UNTRANSLATABLE: ReadonlySet<string> = new Set(["code", "kbd", "samp", "var"]);

/** Elements whose content is never translated and that end any sentence. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "script",
  "style",
  "pre",
  "textarea",
  "svg",
  "math",
  "template",
  "noscript",
  "iframe",
  "object",
]);

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Attributes whose value is a segment; callers may add more. */
export const DEFAULT_TRANSLATABLE_ATTRIBUTES: readonly string[] = ["alt", "title", "placeholder", "aria-label"];

const TEXT_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\u00a0": "&nbsp;" };

/** Encodes translated text for an HTML text node (and RCDATA such as `<title>`). */
export function encodeHtmlText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (char) => TEXT_ESCAPES[char] ?? char);
}

export type AttributeQuote = "double" | "single" | "unquoted";

const DOUBLE_QUOTED: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "<": "&lt;",
  ">": "&gt;",
  "\u00a0": "&nbsp;",
};
const SINGLE_QUOTED: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
  "\u00a0": "&nbsp;",
};

/**
 * Encodes translated text for an attribute value written with the source's quoting. `<` and `>` are
 * escaped too, so a translation can never look like a tag or a block comment to a regex-based reader.
 */
export function attributeEncoder(quote: AttributeQuote): (text: string) => string {
  if (quote === "double") return (text) => text.replace(/[&"<>\u00a0]/g, (c) => DOUBLE_QUOTED[c] ?? c);
  if (quote === "single") return (text) => text.replace(/[&'<>\u00a0]/g, (c) => SINGLE_QUOTED[c] ?? c);
  // Unquoted values cannot hold spaces, quotes, `=`, `<`, `>` or backticks: write character references.
  return (text) => text.replace(/[&\s"'=<>`]/g, (c) => (c === "&" ? "&amp;" : `&#${c.codePointAt(0)};`));
}
