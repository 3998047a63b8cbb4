// The internal model every adapter produces: the source as a list of pieces. A raw string is a
// verbatim slice of the source; a slot is a segment; an embed is a nested document whose rendering
// is re-encoded for its host (a Gutenberg attribute's JSON string, for instance).
import { SegmentTranslationError } from "./errors.ts";
import {
  checkPlaceholders,
  closePlaceholder,
  openPlaceholder,
  selfPlaceholder,
  tokenizePlaceholders,
} from "./placeholders.ts";
import type { PlaceholderInfo, SegmentKind } from "./types.ts";

export type Piece = string | Slot | Embed;

export interface TextRun {
  readonly type: "text";
  /** The source bytes. */
  readonly raw: string;
  /** What a reader sees (entities and escapes decoded). */
  readonly text: string;
}

export interface PlaceholderRun {
  readonly type: "placeholder";
  n: number;
  readonly name: string;
  readonly open: readonly Piece[];
  readonly inner: readonly Run[];
  /** null for a self-closing placeholder. */
  readonly close: readonly Piece[] | null;
}

export type Run = TextRun | PlaceholderRun;

export interface Slot {
  readonly type: "slot";
  id: string;
  kind: SegmentKind;
  context: string | undefined;
  readonly runs: readonly Run[];
  /** The segment text: runs with placeholders, computed once. */
  readonly text: string;
  /** Encodes translated plain text for the place the slot sits in (HTML text, attribute, Markdown). */
  readonly encode: (text: string) => string;
  /** Adjusts a checked translation before rendering (Markdown moves spaces out of emphasis). */
  readonly normalize?: (translation: string) => string;
  /**
   * Renders the slot itself instead of from its runs' pieces (rich-text JSON, whose leaves sit
   * between fixed JSON): `null` asks for the source bytes. Called with checked placeholders.
   */
  readonly render?: (translation: string | null) => string;
}

export interface Embed {
  readonly type: "embed";
  readonly raw: string;
  readonly pieces: readonly Piece[];
  readonly encode: (rendered: string) => string;
}

export function slot(
  kind: SegmentKind,
  context: string | undefined,
  runs: readonly Run[],
  encode: Slot["encode"],
  normalize?: Slot["normalize"],
): Slot {
  const base: Slot = { type: "slot", id: "", kind, context, runs, text: runsText(runs), encode };
  return normalize ? { ...base, normalize } : base;
}

export function runsText(runs: readonly Run[]): string {
  let out = "";
  for (const run of runs) {
    if (run.type === "text") out += run.text;
    else if (run.close === null) out += selfPlaceholder(run.n);
    else out += openPlaceholder(run.n) + runsText(run.inner) + closePlaceholder(run.n);
  }
  return out;
}

export function placeholdersOf(runs: readonly Run[], into: PlaceholderInfo[] = []): PlaceholderInfo[] {
  for (const run of runs) {
    if (run.type !== "placeholder") continue;
    into.push({ n: run.n, paired: run.close !== null, name: run.name });
    placeholdersOf(run.inner, into);
  }
  return into;
}

/** Depth-first: a slot, then the slots inside its placeholders' tags (an inline image's alt). */
export function collectSlots(pieces: readonly Piece[], into: Slot[] = []): Slot[] {
  for (const piece of pieces) {
    if (typeof piece === "string") continue;
    if (piece.type === "embed") collectSlots(piece.pieces, into);
    else {
      into.push(piece);
      collectRunSlots(piece.runs, into);
    }
  }
  return into;
}

function collectRunSlots(runs: readonly Run[], into: Slot[]): void {
  for (const run of runs) {
    if (run.type !== "placeholder") continue;
    collectSlots(run.open, into);
    collectRunSlots(run.inner, into);
    if (run.close) collectSlots(run.close, into);
  }
}

/** Renders pieces with translations; a slot without a translation renders its source bytes. */
export class Renderer {
  private readonly translations: ReadonlyMap<string, string>;

  constructor(translations: ReadonlyMap<string, string>) {
    this.translations = translations;
  }

  pieces(pieces: readonly Piece[]): string {
    let out = "";
    for (const piece of pieces) {
      if (typeof piece === "string") out += piece;
      else if (piece.type === "slot") out += this.slot(piece);
      else out += this.isIdentity(piece.pieces) ? piece.raw : piece.encode(this.pieces(piece.pieces));
    }
    return out;
  }

  slot(target: Slot, translation = this.translations.get(target.id)): string {
    const source = target.text;
    if (translation === undefined || translation === source) {
      return target.render ? target.render(null) : this.sourceRuns(target.runs);
    }
    const problems = checkPlaceholders(source, translation);
    if (problems.length > 0) throw new SegmentTranslationError(target.id, problems);
    if (target.render) return target.render(translation);
    const byNumber = new Map<number, PlaceholderRun>();
    indexPlaceholders(target.runs, byNumber);
    let out = "";
    for (const part of tokenizePlaceholders(target.normalize ? target.normalize(translation) : translation)) {
      if (typeof part === "string") {
        out += target.encode(part);
        continue;
      }
      const run = byNumber.get(part.n);
      if (!run) throw new SegmentTranslationError(target.id, []);
      out += this.pieces(part.type === "close" ? (run.close ?? []) : run.open);
    }
    return out;
  }

  private sourceRuns(runs: readonly Run[]): string {
    let out = "";
    for (const run of runs) {
      if (run.type === "text") out += run.raw;
      else out += this.pieces(run.open) + this.sourceRuns(run.inner) + this.pieces(run.close ?? []);
    }
    return out;
  }

  private isIdentity(pieces: readonly Piece[]): boolean {
    return collectSlots(pieces).every((inner) => {
      const translation = this.translations.get(inner.id);
      return translation === undefined || translation === inner.text;
    });
  }
}

function indexPlaceholders(runs: readonly Run[], into: Map<number, PlaceholderRun>): void {
  for (const run of runs) {
    if (run.type !== "placeholder") continue;
    into.set(run.n, run);
    indexPlaceholders(run.inner, into);
  }
}
