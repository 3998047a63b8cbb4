// Guesses a document's format for `--format auto`. Order matters: Gutenberg is also HTML, and
// rich-text JSON must be JSON of a known dialect.
import { richTextDialect } from "./rich-text.ts";
import type { MarkupFormat } from "./types.ts";

const GUTENBERG = /<!--\s+wp:[a-z]/;
const HTML = /<\/?(?:[a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const MARKDOWN = [
  /^#{1,6}[ \t]+\S/m,
  /^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+\S/m,
  /^[ \t]{0,3}>[ \t]?\S/m,
  /^[ \t]{0,3}(?:```|~~~)/m,
  /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"]*")?\)/,
  /(\*\*|__)[^\s*_](?:[^\n]*?[^\s*_])?\1/,
  /`[^`\n]+`/,
];

export function detectFormat(source: string): MarkupFormat {
  const trimmed = source.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    try {
      if (richTextDialect(JSON.parse(trimmed)) !== null) return "rich-text";
    } catch {
      // Not JSON: a Markdown link or plain text that starts with a bracket.
    }
  }
  if (GUTENBERG.test(source)) return "gutenberg";
  // Markdown may hold HTML blocks; an HTML fragment (Shopify body_html) starts with a tag.
  if (trimmed.startsWith("<") && HTML.test(trimmed)) return "html";
  if (MARKDOWN.some((pattern) => pattern.test(source))) return "markdown";
  if (HTML.test(source)) return "html";
  return "text";
}
