// What an editor changed: a word-level diff per segment, and the word replacements it implies.
import { diffWordsWithSpace } from "diff";

export type EditOperation = { readonly type: "equal" | "insert" | "delete"; readonly text: string };

/** A deleted run directly followed by an inserted one: the editor swapped these words. */
export interface Replacement {
  readonly from: string;
  readonly to: string;
}

export interface SegmentEdit {
  readonly operations: readonly EditOperation[];
  readonly replacements: readonly Replacement[];
  /** Share of the generated words the editor deleted or replaced: 0 when kept as is. */
  readonly changedRatio: number;
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word.length > 0);
}

/** Lowercase, no surrounding punctuation: how replacements are compared across edits. */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "")
    .replace(/\s+/gu, " ");
}

export function diffSegment(generated: string, final: string): SegmentEdit {
  const operations: EditOperation[] = diffWordsWithSpace(generated, final).map((change) => ({
    type: change.added ? "insert" : change.removed ? "delete" : "equal",
    text: change.value,
  }));
  const replacements: Replacement[] = [];
  for (let index = 0; index + 1 < operations.length; index += 1) {
    const current = operations[index];
    const next = operations[index + 1];
    if (current?.type === "delete" && next?.type === "insert") {
      const from = normalizePhrase(current.text);
      const to = normalizePhrase(next.text);
      if (from.length > 0 && to.length > 0 && from !== to) replacements.push({ from, to });
    }
  }
  const total = words(generated).length;
  const deleted = operations
    .filter((operation) => operation.type === "delete")
    .reduce((sum, operation) => sum + words(operation.text).length, 0);
  return { operations, replacements, changedRatio: total === 0 ? 0 : Math.min(1, deleted / total) };
}
