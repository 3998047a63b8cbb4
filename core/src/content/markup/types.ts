/** The markup formats Frontier can split into segments and put back together. */
export const MARKUP_FORMATS = ["text", "html", "gutenberg", "markdown", "rich-text"] as const;
export type MarkupFormat = (typeof MARKUP_FORMATS)[number];

/**
 * What a segment is:
 * - `text`: running text of a block (a paragraph, heading, cell, rich-text leaf);
 * - `attribute`: an HTML attribute value (`alt`, `title`, `placeholder`, `aria-label`) or an image alt;
 * - `block-attribute`: a string in a Gutenberg block comment's JSON attributes.
 */
export type SegmentKind = "text" | "attribute" | "block-attribute";

/** One placeholder that stands for markup inside a segment: `⟨n⟩…⟨/n⟩` when paired, `⟨n/⟩` otherwise. */
export interface PlaceholderInfo {
  readonly n: number;
  readonly paired: boolean;
  /** What the placeholder stands for: a tag name (`strong`, `a`, `br`), a Markdown node type or `comment`. */
  readonly name: string;
}

/** A piece of translatable text. Markup inside it is replaced by numbered placeholders. */
export interface Segment {
  readonly id: string;
  readonly text: string;
  readonly kind: SegmentKind;
  /** Where the text sits, for the prompt: `p`, `h2`, `img@alt`, `core/button.text`, `heading`. */
  readonly context?: string;
  readonly placeholders: readonly PlaceholderInfo[];
}

export interface ParsedDocument {
  readonly format: MarkupFormat;
  readonly segments: readonly Segment[];
  /**
   * Puts the document back together with the given translations (segment id → text with the same
   * placeholders). A segment missing from the map keeps its source text. The result is verified:
   * outside the segments it is byte-identical to the source, or a `MarkupIntegrityError` is thrown.
   */
  reassemble(translations: ReadonlyMap<string, string>): string;
  /** The markup for one segment's translation with the original tags put back (no verification). */
  restore(segmentId: string, translation: string): string;
}

export interface MarkupAdapter {
  readonly format: MarkupFormat;
  parse(source: string): ParsedDocument;
}
