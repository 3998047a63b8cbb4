import type { PlaceholderProblem } from "./placeholders.ts";
import type { MarkupFormat } from "./types.ts";

/** Output would differ from the source outside the segments: never returned, always thrown. */
export class MarkupIntegrityError extends Error {
  override readonly name = "MarkupIntegrityError";
  readonly code = "markup-integrity";
  readonly format: MarkupFormat;
  /** Offset in the produced document where the structure first diverges from the source. */
  readonly offset: number;

  constructor(format: MarkupFormat, offset: number, detail: string, options?: { cause?: unknown }) {
    super(`${format} markup changed outside the text at offset ${offset}: ${detail}`, options);
    this.format = format;
    this.offset = offset;
  }
}

/** The source cannot be read as the requested format (e.g. rich-text JSON that is not JSON). */
export class MarkupParseError extends Error {
  override readonly name = "MarkupParseError";
  readonly code = "markup-parse";
  readonly format: MarkupFormat;

  constructor(format: MarkupFormat, detail: string, options?: { cause?: unknown }) {
    super(`cannot parse ${format}: ${detail}`, options);
    this.format = format;
  }
}

/** A translation cannot be put into the document: an unknown segment id or broken placeholders. */
export class SegmentTranslationError extends Error {
  override readonly name = "SegmentTranslationError";
  readonly code: "unknown-segment" | "placeholder-mismatch";
  readonly segmentId: string;
  readonly problems: readonly PlaceholderProblem[];

  constructor(segmentId: string, problems: readonly PlaceholderProblem[]) {
    const unknown = problems.length === 0;
    super(
      unknown
        ? `no segment with id ${segmentId}`
        : `translation of segment ${segmentId} breaks its placeholders: ${problems.map((p) => p.message).join("; ")}`,
    );
    this.code = unknown ? "unknown-segment" : "placeholder-mismatch";
    this.segmentId = segmentId;
    this.problems = problems;
  }
}
