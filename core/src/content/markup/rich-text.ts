// Rich-text JSON: Shopify rich text metafields ({"type":"root","children":[…{"type":"text","value"}]})
// and Strapi blocks ([{"type":"paragraph","children":[{"type":"text","text"}]}]). Only text leaves
// (and Strapi image alt text and captions) are segments. "Identical" for JSON means byte-identical:
// each translated string literal is spliced in place, so key order, indentation, spacing and the
// other strings' escapes stay exactly as in the source; the new literals follow the source's
// escaping style (non-ASCII as \uXXXX and `\/` only when the source writes them that way).
import { type Node as JsonNode, parseTree } from "jsonc-parser";
import { createDocument, firstDifference } from "./document.ts";
import { MarkupIntegrityError, MarkupParseError, SegmentTranslationError } from "./errors.ts";
import { hasTranslatableText, isTranslatableText } from "./inline.ts";
import {
  closePlaceholder,
  containsPlaceholderSyntax,
  openPlaceholder,
  selfPlaceholder,
  tokenizePlaceholders,
} from "./placeholders.ts";
import { type Piece, type Run, type Slot, slot } from "./template.ts";
import type { MarkupAdapter, ParsedDocument, SegmentKind } from "./types.ts";

export type RichTextDialect = "shopify" | "strapi";

/** Which rich-text JSON dialect a parsed value is, or null when it is neither. */
export function richTextDialect(value: unknown): RichTextDialect | null {
  if (isRecord(value) && value.type === "root" && Array.isArray(value.children)) return "shopify";
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((block) => isRecord(block) && typeof block.type === "string")
  ) {
    return "strapi";
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface JsonStyle {
  readonly asciiOnly: boolean;
  readonly escapeSlash: boolean;
}

function jsonStringEncoder(style: JsonStyle): (text: string) => string {
  return (text) => {
    let literal = JSON.stringify(text);
    if (style.asciiOnly)
      literal = literal.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    if (style.escapeSlash) literal = literal.replaceAll("/", "\\/");
    return literal;
  };
}

interface Found {
  readonly node: JsonNode;
  readonly kind: SegmentKind;
  readonly context: string;
}

function property(node: JsonNode, key: string): JsonNode | undefined {
  const match = node.children?.find((child) => child.type === "property" && child.children?.[0]?.value === key);
  return match?.children?.[1];
}

function typeOf(node: JsonNode | undefined): unknown {
  return node?.type === "object" ? property(node, "type")?.value : undefined;
}

/** A block whose children are only text leaves and links of text leaves: one sentence, one segment. */
function isInlineBlock(node: JsonNode): boolean {
  const children = property(node, "children");
  if (children?.type !== "array" || !children.children?.length) return false;
  return children.children.every((child) => {
    const type = typeOf(child);
    if (type === "text") return true;
    const inner = type === "link" ? property(child, "children") : undefined;
    return inner?.type === "array" && (inner.children ?? []).every((leaf) => typeOf(leaf) === "text");
  });
}

type Item = Found | { readonly group: JsonNode; readonly context: string };

/** Segments in document order: inline blocks as groups, other text leaves one by one. */
function* textItems(node: JsonNode, dialect: RichTextDialect, path: readonly string[]): Generator<Item> {
  if (node.type === "array") {
    for (const child of node.children ?? []) yield* textItems(child, dialect, path);
    return;
  }
  if (node.type !== "object") return;
  const type = property(node, "type")?.value;
  if (type === "code") return;
  if (type === "text") {
    const leaf = property(node, leafKey(dialect));
    if (leaf?.type === "string" && property(node, "code")?.value !== true) {
      yield { node: leaf, kind: "text", context: path.at(-1) ?? "root" };
    }
    return;
  }
  if (dialect === "strapi" && type === "image") {
    const image = property(node, "image");
    for (const key of ["alternativeText", "caption"]) {
      const value = image && property(image, key);
      if (value?.type === "string") yield { node: value, kind: "attribute", context: `image@${key}` };
    }
    return;
  }
  const level = property(node, "level")?.value;
  const name = typeof type !== "string" ? "node" : typeof level === "number" ? `${type}:${level}` : type;
  if (type !== "root" && isInlineBlock(node)) {
    yield { group: node, context: name };
    return;
  }
  const children = property(node, "children");
  if (children) yield* textItems(children, dialect, [...path, name]);
}

function leafKey(dialect: RichTextDialect): string {
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
function groupSlot(
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

function maskedShape(value: unknown, dialect: RichTextDialect): string {
  const leafKey = dialect === "shopify" ? "value" : "text";
  return JSON.stringify(value, function (this: unknown, key: string, inner: unknown) {
    if (!isRecord(this) || typeof inner !== "string") return inner;
    if (key === leafKey && this.type === "text") return "*";
    if (key === "alternativeText" || key === "caption") return "*";
    return inner;
  });
}

function parseJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new MarkupParseError("rich-text", "not valid JSON", { cause: error });
  }
}

export const richTextAdapter: MarkupAdapter = {
  format: "rich-text",
  parse(source: string): ParsedDocument {
    const value = parseJson(source);
    const dialect = richTextDialect(value);
    const tree = parseTree(source);
    if (!dialect || !tree) throw new MarkupParseError("rich-text", "neither Shopify rich text nor Strapi blocks");
    const style: JsonStyle = {
      asciiOnly: /(?<!\\)(?:\\\\)*\\u(?:00[89a-f][0-9a-f]|0[1-9a-f][0-9a-f]{2}|[1-9a-f][0-9a-f]{3})/i.test(source),
      escapeSlash: /(?<!\\)(?:\\\\)*\\\//.test(source),
    };
    const encode = jsonStringEncoder(style);
    const pieces: Piece[] = [];
    let cursor = 0;
    for (const item of textItems(tree, dialect, [])) {
      if ("group" in item) {
        const grouped = groupSlot(source, item.group, dialect, item.context, encode);
        if (!grouped) continue;
        pieces.push(source.slice(cursor, grouped.start), grouped.slot);
        cursor = grouped.end;
        continue;
      }
      const { node, kind, context } = item;
      const text = node.value;
      if (typeof text !== "string" || !isTranslatableText(text) || containsPlaceholderSyntax(text)) continue;
      const raw = source.slice(node.offset, node.offset + node.length);
      pieces.push(source.slice(cursor, node.offset), slot(kind, context, [{ type: "text", raw, text }], encode));
      cursor = node.offset + node.length;
    }
    pieces.push(source.slice(cursor));
    const expected = maskedShape(value, dialect);
    return createDocument("rich-text", source, pieces, (output) => {
      let actual: string;
      try {
        actual = maskedShape(JSON.parse(output), dialect);
      } catch (error) {
        throw new MarkupIntegrityError("rich-text", firstDifference(output, source), "output is not JSON", {
          cause: error,
        });
      }
      if (actual !== expected) {
        throw new MarkupIntegrityError(
          "rich-text",
          firstDifference(output, source),
          "structure or non-text values differ",
        );
      }
    });
  },
};
