// Markdown (CommonMark + GFM tables and strikethrough) adapter: mdast-util-from-markdown gives every
// node its source offsets. Paragraphs, headings and table cells are segments; emphasis, strong and links become paired placeholders with
// their delimiters and URLs inside the placeholder; code, inline HTML and images are self-closing
// ones. HTML blocks go through the HTML adapter.
import type { Nodes, PhrasingContent, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { createDocument } from "./document.ts";
import { MarkupIntegrityError } from "./errors.ts";
import { htmlSkeleton, splitHtml } from "./html.ts";
import { hasTranslatableText, type InlineItem, nestRuns, runsToPieces, textItem, unwrapRuns } from "./inline.ts";
import { type Piece, slot } from "./template.ts";
import type { MarkupAdapter, ParsedDocument } from "./types.ts";

/** CommonMark plus GFM tables and strikethrough, as blogs and README-style copy use them. */
function parseMarkdown(source: string): Root {
  return fromMarkdown(source, {
    extensions: [gfmTable(), gfmStrikethrough()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });
}

const PAIRED = new Set(["emphasis", "strong", "delete", "link", "linkReference"]);
const CONTAINERS = new Set(["root", "blockquote", "list", "listItem", "table", "tableRow"]);

function span(node: Nodes): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

/** Escapes what Markdown would read as syntax in translated text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&|~]/g, "\\$&")
    .replace(/(^|\n)([ \t]*)([#+=-])/g, "$1$2\\$3")
    .replace(/(^|\n)([ \t]*\d+)([.)])/g, "$1$2\\$3");
}

/**
 * Moves spaces at the inside edges of paired placeholders outside them: `**word **` is not strong
 * emphasis in CommonMark, `**word** ` is. Models often put the space inside. Also drops spaces at line
 * ends and at the edges.
 */
export function moveSpacesOutOfPairs(translation: string): string {
  let previous = "";
  // Spaces before a line end would turn into a hard break; spaces at the edges were not in the source.
  let current = translation.replace(/[ \t]+(\n|$)/g, "$1").replace(/^[ \t]+/, "");
  while (current !== previous) {
    previous = current;
    current = current.replace(/(⟨\d+⟩)([ \t]+)/g, "$2$1").replace(/([ \t]+)(⟨\/\d+⟩)/g, "$2$1");
  }
  return current;
}

/** Headings and table cells are one line: a translated line break becomes a space. */
function escapeOneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s*\n\s*/g, " "));
}

class MarkdownSplitter {
  private readonly source: string;
  private readonly pieces: Piece[] = [];
  /** Container prefix (`> `, list indentation) that starts the current paragraph's continuation lines. */
  private linePrefix = "";
  private cursor = 0;

  constructor(source: string) {
    this.source = source;
  }

  split(): Piece[] {
    this.visit(parseMarkdown(this.source));
    this.pieces.push(this.source.slice(this.cursor));
    return this.pieces;
  }

  private visit(node: Nodes): void {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      this.segment(node.children, node.type === "heading" ? `heading:${node.depth}` : node.type);
      return;
    }
    if (node.type === "html") {
      const at = span(node);
      const raw = at && this.source.slice(at.start, at.end);
      // Inside a quote or a list the source lines carry container prefixes: those blocks stay verbatim.
      if (!at || raw !== node.value) return;
      this.pieces.push(this.source.slice(this.cursor, at.start), ...splitHtml(raw).pieces);
      this.cursor = at.end;
      return;
    }
    if (CONTAINERS.has(node.type) && "children" in node) for (const child of node.children) this.visit(child);
  }

  private segment(children: readonly PhrasingContent[], context: string): void {
    const first = children[0];
    const last = children.at(-1);
    const from = first && span(first);
    const to = last && span(last);
    if (!from || !to) return;
    const items: InlineItem[] = [];
    this.linePrefix = "";
    this.inline(children, from.start, to.end, items);
    const nested = nestRuns(items);
    this.pieces.push(this.source.slice(this.cursor, from.start));
    if (hasTranslatableText(nested)) {
      const { before, runs, after } = unwrapRuns(nested);
      const escapeText = context.startsWith("heading") || context === "tableCell" ? escapeOneLine : escapeMarkdown;
      const prefix = this.linePrefix;
      const encode = prefix === "" ? escapeText : (text: string) => escapeText(text).replaceAll("\n", `\n${prefix}`);
      this.pieces.push(...before, slot("text", context, runs, encode, moveSpacesOutOfPairs), ...after);
    } else runsToPieces(nested, this.pieces);
    this.cursor = to.end;
  }

  /** Flat inline items for children covering [start, end); gaps between nodes are kept verbatim. */
  private inline(children: readonly PhrasingContent[], start: number, end: number, items: InlineItem[]): void {
    let cursor = start;
    for (const child of children) {
      const at = span(child);
      if (!at) continue;
      if (at.start > cursor) this.gap(cursor, at.start, items);
      this.node(child, at, items);
      cursor = at.end;
    }
    if (end > cursor) this.gap(cursor, end, items);
  }

  /**
   * Bytes inside a paragraph that belong to no inline node. After a line break they are the
   * container's prefix: part of the line break, re-added after every translated line break.
   */
  private gap(start: number, end: number, items: InlineItem[]): void {
    const raw = this.source.slice(start, end);
    if (this.source[start - 1] === "\n" && /^[ \t>]*$/.test(raw)) {
      items.push({ type: "text", raw, text: "" });
      if (this.linePrefix === "") this.linePrefix = raw;
      return;
    }
    items.push({ type: "atom", name: "text", pieces: [raw] });
  }

  private node(node: PhrasingContent, at: { start: number; end: number }, items: InlineItem[]): void {
    const raw = this.source.slice(at.start, at.end);
    if (node.type === "text") {
      // A line break inside a text node carries the container's prefix in the source, not in the value.
      const prefix = /\n([ \t>]+)/.exec(raw)?.[1];
      if (prefix && this.linePrefix === "") this.linePrefix = prefix;
      items.push(textItem(raw, node.value));
      return;
    }
    // A shortcut reference's text is its label, an autolink's text is its URL: neither may change.
    const shortcut = node.type === "linkReference" && node.referenceType !== "full";
    const autolink = node.type === "link" && raw.startsWith("<");
    if (PAIRED.has(node.type) && "children" in node && !shortcut && !autolink) {
      const first = node.children[0];
      const last = node.children.at(-1);
      const inner = first && span(first);
      const innerEnd = last && span(last);
      if (inner && innerEnd) {
        items.push({ type: "open", name: node.type, pieces: [this.source.slice(at.start, inner.start)] });
        this.inline(node.children, inner.start, innerEnd.end, items);
        items.push({ type: "close", name: node.type, pieces: [this.source.slice(innerEnd.end, at.end)] });
        return;
      }
    }
    if (node.type === "image" && node.alt) {
      items.push({ type: "atom", name: "image", pieces: imagePieces(raw, node.alt) });
      return;
    }
    items.push({ type: "atom", name: node.type, pieces: [raw] });
  }
}

/** `![alt](url)`: the alt becomes an attribute segment when it can be located in the source. */
function imagePieces(raw: string, alt: string): Piece[] {
  if (!raw.startsWith("![")) return [raw];
  for (let index = raw.indexOf("](", 2); index >= 0; index = raw.indexOf("](", index + 1)) {
    const altRaw = raw.slice(2, index);
    if (altRaw.replace(/\\([!-/:-@[-`{-~])/g, "$1") !== alt) continue;
    if (!hasTranslatableText([{ type: "text", raw: altRaw, text: alt }])) return [raw];
    const altSlot = slot("attribute", "image@alt", [{ type: "text", raw: altRaw, text: alt }], escapeMarkdown);
    return ["![", altSlot, raw.slice(index)];
  }
  return [raw];
}

interface ShapeEntry {
  readonly offset: number;
  readonly key: string;
}

const STRUCTURAL_FIELDS = [
  "depth",
  "ordered",
  "start",
  "checked",
  "lang",
  "meta",
  "url",
  "title",
  "identifier",
  "referenceType",
  "align",
] as const;

/** Every node but text, with the fields that are markup (URLs, code, HTML), in document order. */
function shape(node: Nodes, into: ShapeEntry[] = []): ShapeEntry[] {
  if (node.type === "text") return into;
  const record = node as unknown as Record<string, unknown>;
  const fields = STRUCTURAL_FIELDS.filter((field) => record[field] !== undefined && record[field] !== null).map(
    (field) => `${field}=${JSON.stringify(record[field])}`,
  );
  const verbatim =
    node.type === "code" || node.type === "inlineCode"
      ? JSON.stringify(node.value)
      : node.type === "html"
        ? htmlSkeleton(node.value)
            .map((token) => token.key)
            .join("")
        : "";
  into.push({ offset: span(node)?.start ?? 0, key: `${node.type} ${fields.join(" ")} ${verbatim}` });
  if (!("children" in node)) return into;
  if (node.type !== "paragraph" && node.type !== "heading" && node.type !== "tableCell") {
    for (const child of node.children) shape(child, into);
    return into;
  }
  // Inside a sentence a translation may reorder emphasis and links: compare them as a set.
  const inline: ShapeEntry[] = [];
  for (const child of node.children) shape(child, inline);
  const keys = inline.map((entry) => entry.key).sort();
  if (keys.length > 0) into.push({ offset: inline[0]?.offset ?? 0, key: keys.join("\u0000") });
  return into;
}

function checkShape(expected: readonly ShapeEntry[], output: string): void {
  const actual = shape(parseMarkdown(output));
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    if (expected[index]?.key === actual[index]?.key) continue;
    const detail = `expected ${expected[index]?.key ?? "end"}, found ${actual[index]?.key ?? "end"}`;
    throw new MarkupIntegrityError("markdown", actual[index]?.offset ?? output.length, detail);
  }
}

export const markdownAdapter: MarkupAdapter = {
  format: "markdown",
  parse(source: string): ParsedDocument {
    const pieces = new MarkdownSplitter(source).split();
    const expected = shape(parseMarkdown(source));
    return createDocument("markdown", source, pieces, (output) => checkShape(expected, output));
  },
};
