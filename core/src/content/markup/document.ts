import { MarkupIntegrityError, SegmentTranslationError } from "./errors.ts";
import { collectSlots, type Piece, placeholdersOf, Renderer } from "./template.ts";
import type { MarkupFormat, ParsedDocument, Segment } from "./types.ts";

/** Checks a reassembled document against the source's structure; throws MarkupIntegrityError. */
export type StructureCheck = (output: string) => void;

/**
 * Numbers the slots in document order and wraps the pieces as a ParsedDocument. Rendering the
 * pieces unchanged must give the source back byte for byte; if not, the adapter is wrong and the
 * document is refused here rather than corrupted later.
 */
export function createDocument(
  format: MarkupFormat,
  source: string,
  pieces: readonly Piece[],
  checkStructure: StructureCheck,
): ParsedDocument {
  const slots = collectSlots(pieces);
  const byId = new Map(slots.map((slot, index) => [String(index + 1), slot]));
  for (const [id, slot] of byId) slot.id = id;
  const identity = new Renderer(new Map()).pieces(pieces);
  if (identity !== source) {
    throw new MarkupIntegrityError(format, firstDifference(identity, source), "the parse does not cover the source");
  }
  const segments: Segment[] = slots.map((slot) => ({
    id: slot.id,
    text: slot.text,
    kind: slot.kind,
    ...(slot.context === undefined ? {} : { context: slot.context }),
    placeholders: placeholdersOf(slot.runs),
  }));
  return {
    format,
    segments,
    reassemble(translations) {
      for (const id of translations.keys()) if (!byId.has(id)) throw new SegmentTranslationError(id, []);
      const output = new Renderer(translations).pieces(pieces);
      if (output !== source) checkStructure(output);
      return output;
    },
    restore(segmentId, translation) {
      const target = byId.get(segmentId);
      if (!target) throw new SegmentTranslationError(segmentId, []);
      return new Renderer(new Map()).slot(target, translation);
    },
  };
}

export function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) if (a[index] !== b[index]) return index;
  return length;
}
