// Plain text: paragraphs separated by blank lines are segments; every whitespace byte between and
// around them is kept. A translation may not add or remove paragraphs.
import { createDocument } from "./document.ts";
import { MarkupIntegrityError } from "./errors.ts";
import { isTranslatableText } from "./inline.ts";
import { containsPlaceholderSyntax } from "./placeholders.ts";
import { type Piece, slot } from "./template.ts";
import type { MarkupAdapter, ParsedDocument } from "./types.ts";

const PARAGRAPH = /\S(?:[\s\S]*?\S)??(?=\s*(?:\n[ \t\r]*\n|$))/g;

interface Paragraph {
  readonly start: number;
  readonly text: string;
}

function paragraphs(source: string): Paragraph[] {
  return [...source.matchAll(PARAGRAPH)].map((match) => ({ start: match.index, text: match[0] }));
}

function checkParagraphs(expected: number, output: string): void {
  const found = paragraphs(output);
  if (found.length === expected) return;
  const offset = found[Math.min(expected, found.length - 1)]?.start ?? 0;
  throw new MarkupIntegrityError("text", offset, `expected ${expected} paragraphs, found ${found.length}`);
}

export const textAdapter: MarkupAdapter = {
  format: "text",
  parse(source: string): ParsedDocument {
    const pieces: Piece[] = [];
    let cursor = 0;
    const found = paragraphs(source);
    for (const { start, text } of found) {
      pieces.push(source.slice(cursor, start));
      if (isTranslatableText(text) && !containsPlaceholderSyntax(text)) {
        pieces.push(slot("text", "paragraph", [{ type: "text", raw: text, text }], (translated) => translated));
      } else pieces.push(text);
      cursor = start + text.length;
    }
    pieces.push(source.slice(cursor));
    return createDocument("text", source, pieces, (output) => checkParagraphs(found.length, output));
  },
};
