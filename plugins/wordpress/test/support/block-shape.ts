// Parsed blocks (PHP's parse_blocks output) with their text left out, to compare a localized post with its
// source: names, nesting, attribute keys, non-text attribute values, tags and attribute names must match.

export interface ParsedBlock {
  blockName: string | null;
  attrs: Record<string, unknown>;
  innerBlocks: ParsedBlock[];
  innerHTML: string;
  innerContent: Array<string | null>;
}

function withoutStrings(value: unknown): unknown {
  if (typeof value === "string") return "";
  if (Array.isArray(value)) return value.map(withoutStrings);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutStrings(inner)]));
  }
  return value;
}

/** HTML with text nodes and the values of text-bearing attributes (alt, title) emptied. */
export function htmlWithoutText(html: string): string {
  return html
    .replace(/>[^<]*</g, "><")
    .replace(/^[^<]*/, "")
    .replace(/[^>]*$/, "")
    .replace(/\b(alt|title)="[^"]*"/g, '$1=""');
}

export function shapeOf(blocks: ParsedBlock[]): unknown[] {
  return blocks
    .filter((block) => block.blockName !== null || block.innerHTML.trim() !== "")
    .map((block) => ({
      blockName: block.blockName,
      attrs: withoutStrings(block.attrs),
      innerContent: block.innerContent.map((part) => (part === null ? null : htmlWithoutText(part))),
      innerBlocks: shapeOf(block.innerBlocks),
    }));
}

/** Every block name in a tree. */
export function blockNames(blocks: ParsedBlock[]): string[] {
  return blocks.flatMap((block) => [...(block.blockName ? [block.blockName] : []), ...blockNames(block.innerBlocks)]);
}
