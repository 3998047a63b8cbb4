import { TEXT_FORMATS, type TextFormat } from "./field-plan.ts";
import { type AttributeSchema, type Attributes, record } from "./schema.ts";

export interface Segment {
  format: TextFormat;
  text: string;
}

/** Resolves component schemas; the walk is pure apart from this. */
export type ComponentAttributes = (uid: string) => Attributes;

/** Returns the replacement for a text segment (a translation, or the text itself when copying). */
export type Lookup = (segment: Segment) => string;

export const segmentKey = (segment: Segment): string => `${segment.format}\u0000${segment.text}`;

function textSegment(value: unknown, type: string): Segment | null {
  const format = TEXT_FORMATS[type];
  if (format === undefined || value === null || value === undefined) return null;
  if (format === "rich-text")
    return Array.isArray(value) && value.length > 0 ? { format, text: JSON.stringify(value) } : null;
  return typeof value === "string" && value.trim() !== "" ? { format, text: value } : null;
}

function idsOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(idsOf);
  const item = record(value);
  if (!item) return value;
  return typeof item.documentId === "string" ? { documentId: item.documentId } : item.id;
}

/**
 * Walks one attribute value. With `collect`, text segments are gathered; the returned value is the copy to write
 * into another locale: texts replaced through `lookup`, component ids dropped (each locale owns its components),
 * nested media and relations reduced to references.
 */
export function rewrite(
  value: unknown,
  attribute: AttributeSchema,
  components: ComponentAttributes,
  lookup: Lookup,
  collect?: (segment: Segment) => void,
): unknown {
  if (value === null || value === undefined) return value;
  const segment = textSegment(value, attribute.type);
  if (segment) {
    collect?.(segment);
    const replaced = lookup(segment);
    return segment.format === "rich-text" ? JSON.parse(replaced) : replaced;
  }
  if (attribute.type === "component" && attribute.component) {
    const schema = components(attribute.component);
    const one = (item: unknown) => rewriteObject(item, schema, components, lookup, collect);
    return Array.isArray(value) ? value.map(one) : one(value);
  }
  if (attribute.type === "dynamiczone" && Array.isArray(value)) {
    return value.map((item) => {
      const uid = record(item)?.__component;
      if (typeof uid !== "string") return item;
      return { __component: uid, ...rewriteObject(item, components(uid), components, lookup, collect) };
    });
  }
  if (attribute.type === "media" || attribute.type === "relation") return idsOf(value);
  return value;
}

function rewriteObject(
  value: unknown,
  schema: Attributes,
  components: ComponentAttributes,
  lookup: Lookup,
  collect?: (segment: Segment) => void,
): Record<string, unknown> {
  const source = record(value) ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema)) {
    if (name in source) out[name] = rewrite(source[name], attribute, components, lookup, collect);
  }
  return out;
}

/** The Document Service populate that loads everything `rewrite` reads. */
export function populateFor(
  schema: Attributes,
  components: ComponentAttributes,
  nested = false,
): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(schema)) {
    if (attribute.type === "component" && attribute.component) {
      const inner = populateFor(components(attribute.component), components, true);
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    } else if (attribute.type === "dynamiczone") {
      const on: Record<string, unknown> = {};
      for (const uid of attribute.components ?? []) {
        const inner = populateFor(components(uid), components, true);
        on[uid] = Object.keys(inner).length > 0 ? { populate: inner } : true;
      }
      populate[name] = { on };
    } else if (nested && (attribute.type === "media" || attribute.type === "relation")) {
      populate[name] = true;
    }
  }
  return populate;
}
