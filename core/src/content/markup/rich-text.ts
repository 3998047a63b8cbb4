// Rich-text JSON: Shopify rich text metafields ({"type":"root","children":[…{"type":"text","value"}]})
// and Strapi blocks ([{"type":"paragraph","children":[{"type":"text","text"}]}]). Only text leaves
// (and Strapi image alt text and captions) are segments. "Identical" for JSON means byte-identical:
// each translated string literal is spliced in place, so key order, indentation, spacing and the
// other strings' escapes stay exactly as in the source; the new literals follow the source's
// escaping style (non-ASCII as \uXXXX and `\/` only when the source writes them that way).
import { type Node as JsonNode, parseTree } from "jsonc-parser";
import { createDocument, firstDifference } from "./document.ts";
import { MarkupIntegrityError, MarkupParseError } from "./errors.ts";
import { isTranslatableText } from "./inline.ts";
import { property, typeOf } from "./json-tree.ts";
import { containsPlaceholderSyntax } from "./placeholders.ts";
import { groupSlot, leafKey } from "./rich-text-group.ts";
import { type Piece, slot } from "./template.ts";
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
