// Turns a flat list of inline items (text, opening tags, closing tags, atoms) into nested runs with
// numbered placeholders. Tags pair only when they nest properly; anything else becomes a
// self-closing placeholder, so a segment never carries a mis-nested pair.
import { containsPlaceholderSyntax } from "./placeholders.ts";
import type { Piece, PlaceholderRun, Run, TextRun } from "./template.ts";

export type InlineItem =
  | TextRun
  | { readonly type: "open" | "close" | "atom"; readonly name: string; readonly pieces: readonly Piece[] };

/** A text run; text that already looks like a placeholder is kept verbatim as an atom. */
export function textItem(raw: string, text: string): InlineItem {
  if (containsPlaceholderSyntax(text)) return { type: "atom", name: "text", pieces: [raw] };
  return { type: "text", raw, text };
}

export function nestRuns(items: readonly InlineItem[]): Run[] {
  const partner = new Map<number, number>();
  const stack: number[] = [];
  items.forEach((item, index) => {
    if (item.type === "open") stack.push(index);
    if (item.type !== "close") return;
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      const openIndex = stack[depth];
      const open = openIndex === undefined ? undefined : items[openIndex];
      if (openIndex === undefined || open?.type !== "open" || open.name !== item.name) continue;
      stack.length = depth;
      partner.set(openIndex, index);
      return;
    }
  });
  const counter = { next: 1 };
  return build(items, 0, items.length, partner, counter);
}

function build(
  items: readonly InlineItem[],
  from: number,
  to: number,
  partner: ReadonlyMap<number, number>,
  counter: { next: number },
): Run[] {
  const runs: Run[] = [];
  for (let index = from; index < to; index++) {
    const item = items[index];
    if (item === undefined) continue;
    if (item.type === "text") {
      const last = runs.at(-1);
      if (last?.type === "text")
        runs[runs.length - 1] = { type: "text", raw: last.raw + item.raw, text: last.text + item.text };
      else runs.push(item);
      continue;
    }
    const closeIndex = item.type === "open" ? partner.get(index) : undefined;
    const closeItem = closeIndex === undefined ? undefined : items[closeIndex];
    const n = counter.next++;
    if (closeIndex === undefined || closeItem === undefined || closeItem.type === "text") {
      runs.push({ type: "placeholder", n, name: item.name, open: item.pieces, inner: [], close: null });
      continue;
    }
    const inner = build(items, index + 1, closeIndex, partner, counter);
    const run: PlaceholderRun = {
      type: "placeholder",
      n,
      name: item.name,
      open: item.pieces,
      inner,
      close: closeItem.pieces,
    };
    runs.push(run);
    index = closeIndex;
  }
  return runs;
}

/** Whether runs hold something worth translating: a letter or a digit outside the placeholders. */
export function hasTranslatableText(runs: readonly Run[]): boolean {
  return runs.some((run) => (run.type === "text" ? TRANSLATABLE.test(run.text) : hasTranslatableText(run.inner)));
}

const TRANSLATABLE = /[\p{L}\p{N}]/u;

export function isTranslatableText(text: string): boolean {
  return TRANSLATABLE.test(text);
}

/** Flattens runs back to pieces (source bytes), for content that is not worth a segment. */
export function runsToPieces(runs: readonly Run[], into: Piece[]): void {
  for (const run of runs) {
    if (run.type === "text") into.push(run.raw);
    else {
      into.push(...run.open);
      runsToPieces(run.inner, into);
      if (run.close) into.push(...run.close);
    }
  }
}

/**
 * Moves paired placeholders that wrap a whole sentence into the skeleton (`<a href>Buy now</a>` is
 * the segment "Buy now"), then numbers the remaining placeholders from 1.
 */
export function unwrapRuns(runs: readonly Run[]): { before: Piece[]; runs: readonly Run[]; after: Piece[] } {
  const before: Piece[] = [];
  const after: Piece[] = [];
  let current = runs;
  let only = current[0];
  while (
    current.length === 1 &&
    only?.type === "placeholder" &&
    only.close !== null &&
    hasTranslatableText(only.inner)
  ) {
    before.push(...only.open);
    after.unshift(...only.close);
    current = only.inner;
    only = current[0];
  }
  renumber(current, { next: 1 });
  return { before, runs: current, after };
}

function renumber(runs: readonly Run[], counter: { next: number }): void {
  for (const run of runs) {
    if (run.type !== "placeholder") continue;
    run.n = counter.next++;
    renumber(run.inner, counter);
  }
}
