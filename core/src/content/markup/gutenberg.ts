// Gutenberg block markup: block comment delimiters are scanned with their offsets; text attributes
// in their JSON become segments, the HTML between delimiters goes through the HTML adapter. The
// result is checked with WordPress's own parser (@wordpress/block-serialization-default-parser).
import { parse as parseBlocks } from "@wordpress/block-serialization-default-parser";
import { type Node as JsonNode, parseTree } from "jsonc-parser";
import { createDocument } from "./document.ts";
import { MarkupIntegrityError } from "./errors.ts";
import { type HtmlOptions, htmlSkeleton as htmlTokens, splitHtml } from "./html.ts";
import { isTranslatableText } from "./inline.ts";
import { containsPlaceholderSyntax } from "./placeholders.ts";
import { collectSlots, type Piece, slot } from "./template.ts";
import type { MarkupAdapter, ParsedDocument } from "./types.ts";
import {
  DEFAULT_PLAIN_TEXT_ATTRIBUTES,
  DEFAULT_RICH_TEXT_ATTRIBUTES,
  serializeAttributeString,
} from "./wordpress-json.ts";

type ParsedBlock = ReturnType<typeof parseBlocks>[number];

export interface GutenbergOptions extends HtmlOptions {
  /** Extra block attribute names holding rich text (HTML), e.g. a custom block's `tagline`. */
  readonly richTextAttributes?: readonly string[];
  /** Extra block attribute names holding plain text. */
  readonly plainTextAttributes?: readonly string[];
}

interface AttributeRules {
  readonly rich: ReadonlySet<string>;
  readonly plain: ReadonlySet<string>;
  readonly html: HtmlOptions;
}

// Same grammar as WordPress's tokenizer: the attributes end at the first `}` followed by `\s+/?-->`.
const DELIMITER = /<!--\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(\{[\s\S]*?\}\s+)?(\/)?-->/g;

interface Delimiter {
  readonly start: number;
  readonly end: number;
  readonly closer: boolean;
  readonly voidBlock: boolean;
  readonly name: string;
  readonly attributesStart: number;
  readonly attributes: string;
}

function scanDelimiters(source: string): Delimiter[] {
  const found: Delimiter[] = [];
  for (const match of source.matchAll(DELIMITER)) {
    const [whole, closer, namespace, name, attributes, voidSlash] = match;
    const attributesStart = attributes === undefined ? -1 : match.index + whole.indexOf(attributes, 4);
    found.push({
      start: match.index,
      end: match.index + whole.length,
      closer: closer === "/",
      voidBlock: voidSlash === "/",
      name: `${namespace ?? "core/"}${name}`,
      attributesStart,
      attributes: attributes?.trimEnd() ?? "",
    });
  }
  return found;
}

function htmlPieces(html: string, context: string | undefined, rules: AttributeRules): Piece[] {
  const { pieces } = splitHtml(html, rules.html);
  if (context) for (const inner of collectSlots(pieces)) inner.context = `${context}>${inner.context ?? ""}`;
  return pieces;
}

/** The delimiter's bytes with each text attribute's JSON string cut out as an embedded document. */
function delimiterPieces(source: string, delimiter: Delimiter, rules: AttributeRules): Piece[] {
  if (delimiter.attributes === "") return [source.slice(delimiter.start, delimiter.end)];
  const tree = parseTree(delimiter.attributes);
  if (!tree || !isValidJson(delimiter.attributes)) return [source.slice(delimiter.start, delimiter.end)];
  const pieces: Piece[] = [];
  let from = delimiter.start;
  for (const [key, node] of textStrings(tree, rules)) {
    const value = node.value;
    if (typeof value !== "string" || !isTranslatableText(value) || containsPlaceholderSyntax(value)) continue;
    const start = delimiter.attributesStart + node.offset;
    const end = start + node.length;
    const context = `${delimiter.name}.${key}`;
    const inner = rules.rich.has(key)
      ? htmlPieces(value, undefined, rules)
      : [slot("block-attribute", context, [{ type: "text", raw: value, text: value }], (text) => text)];
    for (const innerSlot of collectSlots(inner)) {
      innerSlot.kind = "block-attribute";
      innerSlot.context = context;
    }
    pieces.push(source.slice(from, start), {
      type: "embed",
      raw: source.slice(start, end),
      pieces: inner,
      encode: serializeAttributeString,
    });
    from = end;
  }
  pieces.push(source.slice(from, delimiter.end));
  return pieces;
}

function isValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** String values under text attribute names, at any depth (custom blocks nest them in arrays). */
function* textStrings(node: JsonNode, rules: AttributeRules): Generator<[string, JsonNode]> {
  for (const child of node.children ?? []) {
    if (child.type === "property") {
      const [keyNode, valueNode] = child.children ?? [];
      const key = keyNode?.value;
      if (typeof key !== "string" || !valueNode) continue;
      if (valueNode.type === "string" && (rules.rich.has(key) || rules.plain.has(key))) yield [key, valueNode];
      else yield* textStrings(valueNode, rules);
    } else yield* textStrings(child, rules);
  }
}

export function splitGutenberg(source: string, rules: AttributeRules): Piece[] {
  const pieces: Piece[] = [];
  const open: string[] = [];
  let cursor = 0;
  for (const delimiter of scanDelimiters(source)) {
    pieces.push(...htmlPieces(source.slice(cursor, delimiter.start), open.at(-1), rules));
    pieces.push(...delimiterPieces(source, delimiter, rules));
    if (delimiter.closer) {
      const at = open.lastIndexOf(delimiter.name);
      if (at >= 0) open.length = at;
    } else if (!delimiter.voidBlock) open.push(delimiter.name);
    cursor = delimiter.end;
  }
  pieces.push(...htmlPieces(source.slice(cursor), open.at(-1), rules));
  return pieces;
}

/** One entry per block (depth first): name, attribute keys, non-text values, inner HTML's tags. */
function blockSignature(blocks: readonly ParsedBlock[], rules: AttributeRules, into: string[] = []): string[] {
  for (const block of blocks) {
    const attributes =
      block.attrs === null ? "invalid" : JSON.stringify(block.attrs, (key, value) => maskText(key, value, rules));
    const html = block.innerContent.map((chunk) => (chunk === null ? "[block]" : htmlSkeleton(chunk, rules))).join("");
    into.push(`${block.blockName ?? "freeform"} ${attributes} ${html}`);
    blockSignature(block.innerBlocks, rules, into);
  }
  return into;
}

function maskText(key: string, value: unknown, rules: AttributeRules): unknown {
  if (typeof value !== "string") return value;
  if (rules.rich.has(key)) return `html:${htmlSkeleton(value, rules)}`;
  return rules.plain.has(key) ? "text" : value;
}

function htmlSkeleton(html: string, rules: AttributeRules): string {
  return htmlTokens(html, rules.html)
    .map((token) => token.key)
    .join("");
}

function checkBlocks(expected: readonly string[], output: string, rules: AttributeRules): void {
  const actual = blockSignature(parseBlocks(output), rules);
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    if (expected[index] === actual[index]) continue;
    // Freeform HTML has no delimiter: point at the nearest named block's opening comment.
    const named = actual.slice(0, index + 1).filter((entry) => !entry.startsWith("freeform ")).length;
    const openers = scanDelimiters(output).filter((d) => !d.closer);
    const offset = openers[Math.max(0, named - 1)]?.start ?? 0;
    throw new MarkupIntegrityError("gutenberg", offset, `block ${index + 1} differs: ${actual[index] ?? "missing"}`);
  }
}

function attributeRules(options: GutenbergOptions): AttributeRules {
  return {
    rich: new Set([...DEFAULT_RICH_TEXT_ATTRIBUTES, ...(options.richTextAttributes ?? [])]),
    plain: new Set([...DEFAULT_PLAIN_TEXT_ATTRIBUTES, ...(options.plainTextAttributes ?? [])]),
    html: options,
  };
}

/**
 * Throws MarkupIntegrityError unless WordPress's parser reads `output` as the same blocks as
 * `source` (names, attribute keys, non-text values, nesting, HTML tags) with only text changed.
 */
export function checkGutenbergStructure(source: string, output: string, options: GutenbergOptions = {}): void {
  const rules = attributeRules(options);
  checkBlocks(blockSignature(parseBlocks(source), rules), output, rules);
}

export function createGutenbergAdapter(options: GutenbergOptions = {}): MarkupAdapter {
  const rules = attributeRules(options);
  return {
    format: "gutenberg",
    parse(source: string): ParsedDocument {
      const pieces = splitGutenberg(source, rules);
      const expected = blockSignature(parseBlocks(source), rules);
      return createDocument("gutenberg", source, pieces, (output) => checkBlocks(expected, output, rules));
    },
  };
}

export const gutenbergAdapter: MarkupAdapter = createGutenbergAdapter();
