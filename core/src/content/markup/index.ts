// Markup adapters: split a document into translatable segments and put it back together, with
// markup byte-identical outside the text. See ../README.md for the segment model and each format's rules.
import { detectFormat } from "./detect.ts";
import { createGutenbergAdapter, type GutenbergOptions } from "./gutenberg.ts";
import { createHtmlAdapter } from "./html.ts";
import { markdownAdapter } from "./markdown.ts";
import { richTextAdapter } from "./rich-text.ts";
import { textAdapter } from "./text.ts";
import type { MarkupAdapter, MarkupFormat, ParsedDocument } from "./types.ts";

export { detectFormat } from "./detect.ts";
export { MarkupIntegrityError, MarkupParseError, SegmentTranslationError } from "./errors.ts";
export {
  checkGutenbergStructure,
  createGutenbergAdapter,
  type GutenbergOptions,
  gutenbergAdapter,
} from "./gutenberg.ts";
export { createHtmlAdapter, type HtmlOptions, htmlAdapter } from "./html.ts";
export { markdownAdapter } from "./markdown.ts";
export {
  checkPlaceholders,
  closePlaceholder,
  mapSegmentText,
  openPlaceholder,
  PLACEHOLDER_PATTERN,
  type PlaceholderProblem,
  type PlaceholderProblemCode,
  type PlaceholderToken,
  selfPlaceholder,
  tokenizePlaceholders,
} from "./placeholders.ts";
export { type RichTextDialect, richTextAdapter, richTextDialect } from "./rich-text.ts";
export { textAdapter } from "./text.ts";
export {
  MARKUP_FORMATS,
  type MarkupAdapter,
  type MarkupFormat,
  type ParsedDocument,
  type PlaceholderInfo,
  type Segment,
  type SegmentKind,
} from "./types.ts";
export { serializeAttributeString } from "./wordpress-json.ts";

/** Options for every adapter: HTML attributes and Gutenberg block attributes to translate. */
export type MarkupOptions = GutenbergOptions;

/** The adapter for a format; options add HTML attributes or Gutenberg block attributes to translate. */
export function markupAdapter(format: MarkupFormat, options: MarkupOptions = {}): MarkupAdapter {
  switch (format) {
    case "html":
      return createHtmlAdapter(options);
    case "gutenberg":
      return createGutenbergAdapter(options);
    case "markdown":
      return markdownAdapter;
    case "rich-text":
      return richTextAdapter;
    case "text":
      return textAdapter;
  }
}

/** Parses a document, detecting its format when `format` is `auto`. */
export function parseMarkup(
  source: string,
  format: MarkupFormat | "auto" = "auto",
  options: MarkupOptions = {},
): ParsedDocument {
  return markupAdapter(format === "auto" ? detectFormat(source) : format, options).parse(source);
}
