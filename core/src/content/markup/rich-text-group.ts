// One segment per rich-text block (paragraph, heading, list item, quote): its text leaves and
// links, with the JSON between the leaves kept byte for byte.
import type { Node as JsonNode } from "jsonc-parser";
import { SegmentTranslationError } from "./errors.ts";
import { hasTranslatableText } from "./inline.ts";
import { property, typeOf } from "./json-tree.ts";
import {
  closePlaceholder,
  containsPlaceholderSyntax,
  openPlaceholder,
  selfPlaceholder,
  tokenizePlaceholders,
} from "./placeholders.ts";
import type { RichTextDialect } from "./rich-text.ts";
import { type Run, type Slot, slot } from "./template.ts";

export function leafKey(dialect: RichTextDialect): string {
  return dialect === "shopify" ? "value" : "text";
}

/** Formatting of a leaf: every `true` property but `code` (Shopify: bold, italic; Strapi: + underline, strikethrough). */
function marks(leaf: JsonNode): string[] {
  return (leaf.children ?? [])
    .filter((child) => child.type === "property" && child.children?.[1]?.value === true)
    .map((child) => String(child.children?.[0]?.value));
}

/** A run of a group: a leaf's string literal, fixed when it is code. */
interface Leaf {
  readonly literal: JsonNode;
  readonly fixed: boolean;
}

type GroupEvent = { readonly leaf: Leaf } | { readonly placeholder: string };

/**
 * One segment for a paragraph, heading or list item: formatted leaves and links become paired
 * placeholders, code leaves self-closing ones. JSON cannot move a run, so a translation must keep
 * the placeholders in source order; its text between placeholders fills the leaves found there.
 */
export function groupSlot(
  source: string,
  group: JsonNode,
  dialect: RichTextDialect,
  context: string,
  encode: (text: string) => string,
): { slot: Slot; start: number; end: number } | null {
  const events: GroupEvent[] = [];
  const counter = { next: 1 };
  const build = (children: readonly JsonNode[]): Run[] => {
    const runs: Run[] = [];
    for (const child of children) {
      if (typeOf(child) === "link") {
        const n = counter.next++;
        events.push({ placeholder: openPlaceholder(n) });
        const inner = build(property(child, "children")?.children ?? []);
        events.push({ placeholder: closePlaceholder(n) });
        runs.push({ type: "placeholder", n, name: "link", open: [], inner, close: [] });
        continue;
      }
      const literal = property(child, leafKey(dialect));
      if (literal?.type !== "string" || typeof literal.value !== "string") continue;
      const text: Run = {
        type: "text",
        raw: source.slice(literal.offset, literal.offset + literal.length),
        text: literal.value,
      };
      if (property(child, "code")?.value === true || containsPlaceholderSyntax(literal.value)) {
        const n = counter.next++;
        events.push({ placeholder: selfPlaceholder(n) }, { leaf: { literal, fixed: true } });
        runs.push({ type: "placeholder", n, name: "code", open: [], inner: [], close: null });
        continue;
      }
      const names = marks(child);
      if (names.length === 0) {
        events.push({ leaf: { literal, fixed: false } });
        runs.push(text);
        continue;
      }
      const n = counter.next++;
      events.push(
        { placeholder: openPlaceholder(n) },
        { leaf: { literal, fixed: false } },
        { placeholder: closePlaceholder(n) },
      );
      runs.push({ type: "placeholder", n, name: names.join("+"), open: [], inner: [text], close: [] });
    }
    return runs;
  };
  const runs = build(property(group, "children")?.children ?? []);
  const leaves = events.flatMap((event) => ("leaf" in event ? [event.leaf] : []));
  const first = leaves[0]?.literal;
  const last = leaves.at(-1)?.literal;
  if (!first || !last || !hasTranslatableText(runs)) return null;
  const start = first.offset;
  const end = last.offset + last.length;
  const order = events.flatMap((event) => ("placeholder" in event ? [event.placeholder] : []));
  const leavesByGap: Leaf[][] = order.map(() => []);
  leavesByGap.push([]);
  let gapIndex = 0;
  for (const event of events) {
    if ("placeholder" in event) gapIndex++;
    else if (!event.leaf.fixed) leavesByGap[gapIndex]?.push(event.leaf);
  }

  const render = (translation: string | null): string => {
    if (translation === null) return source.slice(start, end);
    const tokens = tokenizePlaceholders(translation);
    const written = tokens.flatMap((token) =>
      typeof token === "string" ? [] : [translation.slice(token.start, token.end)],
    );
    if (written.join("") !== order.join("")) {
      const problem = {
        code: "reordered" as const,
        placeholder: order.join(""),
        message: "rich text keeps its formatted runs in source order",
      };
      throw new SegmentTranslationError(self.id, [problem]);
    }
    const assigned = assignGaps(splitGaps(tokens), leavesByGap);
    let out = "";
    let cursor = start;
    for (const leaf of leaves) {
      out += source.slice(cursor, leaf.literal.offset);
      const text = assigned.get(leaf);
      out +=
        leaf.fixed || text === undefined
          ? source.slice(leaf.literal.offset, leaf.literal.offset + leaf.literal.length)
          : encode(text);
      cursor = leaf.literal.offset + leaf.literal.length;
    }
    return out;
  };
  const self: Slot = { ...slot("text", context, runs, encode), render };
  return { slot: self, start, end };
}

/**
 * Text between two placeholders goes to the first leaf found there in the source; where the source
 * had no leaf, it joins the previous leaf (or the next one, at the start).
 */
function assignGaps(gapTexts: readonly string[], leavesByGap: readonly (readonly Leaf[])[]): Map<Leaf, string> {
  const assigned = new Map<Leaf, string>();
  let previous: Leaf | undefined;
  let carry = "";
  leavesByGap.forEach((leaves, index) => {
    const text = gapTexts[index] ?? "";
    if (leaves.length === 0) {
      if (previous) assigned.set(previous, (assigned.get(previous) ?? "") + text);
      else carry += text;
      return;
    }
    for (const [position, leaf] of leaves.entries()) assigned.set(leaf, position === 0 ? carry + text : "");
    carry = "";
    previous = leaves.at(-1);
  });
  return assigned;
}

/** The text before, between and after the placeholders of a tokenized translation. */
function splitGaps(tokens: ReadonlyArray<string | { readonly start: number }>): string[] {
  const gaps = [""];
  for (const token of tokens) {
    if (typeof token === "string") gaps[gaps.length - 1] += token;
    else gaps.push("");
  }
  return gaps;
}
