// HTML adapter. htmlparser2's tokenizer reports source offsets for every token; segments are cut
// from those offsets and everything else is copied verbatim, so the tree is never re-serialized.
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { QuoteType, Tokenizer } from "htmlparser2";
import { createDocument } from "./document.ts";
import { MarkupIntegrityError } from "./errors.ts";
import {
  type AttributeQuote,
  attributeEncoder,
  DEFAULT_TRANSLATABLE_ATTRIBUTES,
  encodeHtmlText,
  INLINE_ELEMENTS,
  INLINE_UNTRANSLATABLE,
  INLINE_VOID_ELEMENTS,
  SKIPPED_ELEMENTS,
  VOID_ELEMENTS,
} from "./html-rules.ts";
import {
  hasTranslatableText,
  type InlineItem,
  isTranslatableText,
  nestRuns,
  runsToPieces,
  textItem,
  unwrapRuns,
} from "./inline.ts";
import { containsPlaceholderSyntax } from "./placeholders.ts";
import { type Piece, slot } from "./template.ts";
import type { MarkupAdapter, ParsedDocument } from "./types.ts";

export interface HtmlOptions {
  /** Attribute names whose values are segments, in addition to alt, title, placeholder and aria-label. */
  readonly attributes?: readonly string[];
}

/** A markup token of the document's skeleton, used to compare a result's structure with its source. */
export interface SkeletonToken {
  readonly offset: number;
  readonly key: string;
}

export interface HtmlSplit {
  readonly pieces: Piece[];
  readonly skeleton: SkeletonToken[];
}

interface Attribute {
  name: string;
  valueStart: number;
  valueEnd: number;
  quote: QuoteType;
}

interface PendingTag {
  start: number;
  name: string;
  attributes: Attribute[];
}

/** An element whose content is copied verbatim; its opening tag may still hold attribute segments. */
interface SkipRegion {
  readonly name: string;
  readonly start: number;
  readonly head: readonly Piece[];
  readonly headKey: string;
  readonly contentStart: number;
  readonly inline: boolean;
  depth: number;
}

const QUOTES: Readonly<Record<number, AttributeQuote>> = {
  [QuoteType.Double]: "double",
  [QuoteType.Single]: "single",
  [QuoteType.Unquoted]: "unquoted",
};

class HtmlSplitter {
  private readonly source: string;
  private readonly attributeNames: ReadonlySet<string>;
  private readonly pieces: Piece[] = [];
  private readonly skeleton: SkeletonToken[] = [];
  /** Markup tokens of the current sentence: a translation may reorder them, so they compare as a set. */
  private sentenceTokens: SkeletonToken[] = [];
  private items: InlineItem[] = [];
  private readonly blocks: string[] = [];
  private cursor = 0;
  private pending: PendingTag | null = null;
  private skip: SkipRegion | null = null;

  /** Only the skeleton is wanted (verifying a result): text is neither decoded nor segmented. */
  private readonly skeletonOnly: boolean;

  constructor(source: string, attributeNames: ReadonlySet<string>, skeletonOnly: boolean) {
    this.skeletonOnly = skeletonOnly;
    this.source = source;
    this.attributeNames = attributeNames;
  }

  split(): HtmlSplit {
    const tokenizer = new Tokenizer(
      { decodeEntities: false },
      {
        onattribdata: (start, end) => {
          const attribute = this.pending?.attributes.at(-1);
          if (!attribute) return;
          if (attribute.valueStart < 0) attribute.valueStart = start;
          attribute.valueEnd = end;
        },
        onattribentity: () => {},
        onattribend: (quote) => {
          const attribute = this.pending?.attributes.at(-1);
          if (attribute) attribute.quote = quote;
        },
        onattribname: (start, end) => {
          const name = this.source.slice(start, end).toLowerCase();
          this.pending?.attributes.push({ name, valueStart: -1, valueEnd: -1, quote: QuoteType.NoValue });
        },
        oncdata: (_start, end) => this.onOther(end + 1, true),
        onclosetag: (start, end) => this.onCloseTag(start, end),
        oncomment: (_start, end) => this.onOther(end + 1, true),
        ondeclaration: (_start, end) => this.onOther(end + 1, false),
        onend: () => {},
        onopentagend: (end) => this.onOpenTag(end + 1, false),
        onopentagname: (start, end) => {
          this.pending = { start: this.cursor, name: this.source.slice(start, end).toLowerCase(), attributes: [] };
        },
        onprocessinginstruction: (_start, end) => this.onOther(end + 1, false),
        onselfclosingtag: (end) => this.onOpenTag(end + 1, true),
        ontext: (start, end) => this.onText(start, end),
        ontextentity: () => {},
      },
    );
    tokenizer.write(this.source);
    tokenizer.end();
    if (this.skip) this.endSkip(this.source.length, false);
    // An unterminated tag at the end: markup the tokenizer dropped, kept verbatim outside any sentence.
    if (this.cursor < this.source.length) this.verbatim(this.cursor, this.source.length);
    this.flush();
    return { pieces: this.pieces, skeleton: this.skeleton };
  }

  private onText(start: number, end: number): void {
    if (this.skip || this.skeletonOnly) {
      this.cursor = end;
      return;
    }
    if (start > this.cursor) this.verbatim(this.cursor, start);
    const raw = this.source.slice(start, end);
    this.items.push(textItem(raw, decodeHTML(raw)));
    this.cursor = end;
  }

  /** Comments, CDATA, doctypes and processing instructions: kept verbatim. */
  private onOther(end: number, inline: boolean): void {
    const start = this.cursor;
    this.cursor = end;
    if (this.skip) return;
    const raw = this.source.slice(start, end);
    this.mark(start, raw, inline);
    if (inline) this.items.push({ type: "atom", name: "comment", pieces: [raw] });
    else {
      this.flush();
      this.pieces.push(raw);
    }
  }

  private onOpenTag(end: number, selfClosing: boolean): void {
    const tag = this.pending;
    this.pending = null;
    this.cursor = end;
    if (!tag) return;
    const name = tag.name;
    const isVoid = VOID_ELEMENTS.has(name) || selfClosing;
    if (this.skip) {
      if (name === this.skip.name && !isVoid) this.skip.depth++;
      return;
    }
    const untranslatable = tag.attributes.some(
      (a) => a.name === "translate" && this.source.slice(a.valueStart, a.valueEnd).trim().toLowerCase() === "no",
    );
    const inline = INLINE_ELEMENTS.has(name) || INLINE_VOID_ELEMENTS.has(name) || INLINE_UNTRANSLATABLE.has(name);
    if (SKIPPED_ELEMENTS.has(name) || INLINE_UNTRANSLATABLE.has(name) || untranslatable) {
      const skipInline = inline && !SKIPPED_ELEMENTS.has(name);
      // translate="no" covers the element's attributes too; an iframe's or a pre's title is still text.
      const head = untranslatable || skipInline ? [this.source.slice(tag.start, end)] : this.tagPieces(tag, end);
      const headKey = this.tagKey(tag, end);
      if (isVoid) this.addTag(name, head, headKey, tag.start, skipInline);
      else this.skip = { name, start: tag.start, head, headKey, contentStart: end, inline: skipInline, depth: 1 };
      return;
    }
    const pieces = this.tagPieces(tag, end);
    this.mark(tag.start, this.tagKey(tag, end), inline);
    if (inline) this.items.push({ type: isVoid ? "atom" : "open", name, pieces });
    else {
      this.flush();
      this.pieces.push(...pieces);
      if (!isVoid) this.blocks.push(name);
    }
  }

  private onCloseTag(nameStart: number, nameEnd: number): void {
    const start = this.cursor;
    const gt = this.source.indexOf(">", nameEnd);
    const end = gt < 0 ? this.source.length : gt + 1;
    this.cursor = end;
    const name = this.source.slice(nameStart, nameEnd).toLowerCase();
    if (this.skip) {
      if (name === this.skip.name && --this.skip.depth === 0) this.endSkip(end, true);
      return;
    }
    const raw = this.source.slice(start, end);
    const inline = INLINE_ELEMENTS.has(name) || INLINE_VOID_ELEMENTS.has(name);
    this.mark(start, raw, inline);
    if (inline) {
      this.items.push({ type: "close", name, pieces: [raw] });
      return;
    }
    this.flush();
    this.pieces.push(raw);
    const at = this.blocks.lastIndexOf(name);
    if (at >= 0) this.blocks.length = at;
  }

  /** An element left open runs to the end of the document: then it is no part of a sentence. */
  private endSkip(end: number, closed: boolean): void {
    const region = this.skip;
    this.skip = null;
    this.cursor = Math.max(this.cursor, end);
    if (!region) return;
    const content = this.source.slice(region.contentStart, end);
    const pieces = [...region.head, content];
    this.addTag(region.name, pieces, region.headKey + content, region.start, region.inline && closed);
  }

  private addTag(name: string, pieces: Piece[], key: string, offset: number, inline: boolean): void {
    this.mark(offset, key, inline);
    if (inline) this.items.push({ type: "atom", name, pieces });
    else {
      this.flush();
      this.pieces.push(...pieces);
    }
  }

  /** The tag's bytes, with translatable attribute values cut out as slots. */
  private tagPieces(tag: PendingTag, end: number): Piece[] {
    if (this.skeletonOnly) return [];
    const pieces: Piece[] = [];
    let from = tag.start;
    for (const attribute of tag.attributes) {
      if (!this.attributeNames.has(attribute.name) || attribute.valueStart < 0) continue;
      const quote = QUOTES[attribute.quote];
      if (quote === undefined) continue;
      const raw = this.source.slice(attribute.valueStart, attribute.valueEnd);
      const text = decodeHTMLAttribute(raw);
      if (!isTranslatableText(text) || containsPlaceholderSyntax(text)) continue;
      pieces.push(this.source.slice(from, attribute.valueStart));
      const runs = [{ type: "text" as const, raw, text }];
      pieces.push(slot("attribute", `${tag.name}@${attribute.name}`, runs, attributeEncoder(quote)));
      from = attribute.valueEnd;
    }
    pieces.push(this.source.slice(from, end));
    return pieces;
  }

  /** The tag's source bytes with every translatable attribute value (segment or not) masked. */
  private tagKey(tag: PendingTag, end: number): string {
    let key = "";
    let from = tag.start;
    for (const attribute of tag.attributes) {
      if (attribute.valueStart < 0 || !this.attributeNames.has(attribute.name)) continue;
      key += `${this.source.slice(from, attribute.valueStart)}*`;
      from = attribute.valueEnd;
    }
    return key + this.source.slice(from, end);
  }

  /** Bytes no token covers (a `<` the tokenizer dropped): they end the sentence and stay as they are. */
  private verbatim(start: number, end: number): void {
    const raw = this.source.slice(start, end);
    this.flush();
    this.mark(start, raw, false);
    this.pieces.push(raw);
  }

  private mark(offset: number, key: string, inline: boolean): void {
    if (inline) {
      this.sentenceTokens.push({ offset, key });
      return;
    }
    this.closeSentenceTokens();
    this.skeleton.push({ offset, key });
  }

  private closeSentenceTokens(): void {
    const first = this.sentenceTokens[0];
    if (!first) return;
    const keys = this.sentenceTokens.map((token) => token.key).sort();
    this.skeleton.push({ offset: first.offset, key: keys.join("\u0000") });
    this.sentenceTokens = [];
  }

  /** Ends the current sentence: it becomes a segment if it holds text, else verbatim pieces. */
  private flush(): void {
    this.closeSentenceTokens();
    if (this.skeletonOnly) this.items = [];
    if (this.items.length === 0) return;
    const items = this.items;
    this.items = [];
    const leading = trimEdge(items, "start");
    const trailing = trimEdge(items, "end");
    if (leading) this.pieces.push(leading);
    const nested = nestRuns(items);
    if (hasTranslatableText(nested)) {
      const { before, runs, after } = unwrapRuns(nested);
      this.pieces.push(...before, slot("text", this.blocks.at(-1) ?? "body", runs, encodeHtmlText), ...after);
    } else runsToPieces(nested, this.pieces);
    if (trailing) this.pieces.push(trailing);
  }
}

/** Moves ASCII whitespace at one edge of a sentence out of it (kept verbatim in the skeleton). */
function trimEdge(items: InlineItem[], edge: "start" | "end"): string {
  let moved = "";
  while (items.length > 0) {
    const index = edge === "start" ? 0 : items.length - 1;
    const item = items[index];
    if (item?.type !== "text") break;
    const match = edge === "start" ? /^[ \t\n\r\f]+/.exec(item.raw) : /[ \t\n\r\f]+$/.exec(item.raw);
    if (!match) break;
    const space = match[0];
    const rest = edge === "start" ? item.raw.slice(space.length) : item.raw.slice(0, item.raw.length - space.length);
    moved = edge === "start" ? moved + space : space + moved;
    if (rest === "") items.splice(index, 1);
    else {
      items[index] = { type: "text", raw: rest, text: decodeHTML(rest) };
      break;
    }
  }
  return moved;
}

const DEFAULT_NAMES: ReadonlySet<string> = new Set(DEFAULT_TRANSLATABLE_ATTRIBUTES);

function attributeNames(options: HtmlOptions): ReadonlySet<string> {
  if (!options.attributes?.length) return DEFAULT_NAMES;
  return new Set([...DEFAULT_TRANSLATABLE_ATTRIBUTES, ...options.attributes].map((name) => name.toLowerCase()));
}

export function splitHtml(source: string, options: HtmlOptions = {}): HtmlSplit {
  return new HtmlSplitter(source, attributeNames(options), false).split();
}

/** The markup tokens of a document, for comparing a result's structure with its source. */
export function htmlSkeleton(source: string, options: HtmlOptions = {}): SkeletonToken[] {
  return new HtmlSplitter(source, attributeNames(options), true).split().skeleton;
}

/** Throws MarkupIntegrityError when the output's tags, comments or untranslated regions differ. */
export function compareSkeletons(
  expected: readonly SkeletonToken[],
  actual: readonly SkeletonToken[],
  outputLength: number,
): void {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    const want = expected[index];
    const got = actual[index];
    if (want?.key === got?.key) continue;
    const detail = `expected ${JSON.stringify(want?.key ?? "end")}, found ${JSON.stringify(got?.key ?? "end")}`;
    throw new MarkupIntegrityError("html", got?.offset ?? outputLength, detail);
  }
}

export function createHtmlAdapter(options: HtmlOptions = {}): MarkupAdapter {
  return {
    format: "html",
    parse(source: string): ParsedDocument {
      const { pieces, skeleton } = splitHtml(source, options);
      return createDocument("html", source, pieces, (output) => {
        compareSkeletons(skeleton, htmlSkeleton(output, options), output.length);
      });
    },
  };
}

export const htmlAdapter: MarkupAdapter = createHtmlAdapter();
