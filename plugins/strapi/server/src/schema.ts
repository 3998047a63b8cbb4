// The slice of Strapi's content-type schema the plugin reads, validated from the untyped registry.
export interface AttributeSchema {
  type: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  multiple?: boolean;
  relation?: string;
  localized: boolean;
}

export type Attributes = Record<string, AttributeSchema>;

export interface SchemaSource {
  getModel(uid: string): unknown;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function localizedFlag(raw: Record<string, unknown>): boolean {
  const i18n = record(record(raw.pluginOptions)?.i18n);
  return i18n?.localized !== false;
}

/** Attributes of a content type or component; null when the uid is unknown. */
/**
 * Attributes Strapi adds to every content type (i18n's own `locale` and `localizations`, timestamps, authors):
 * not the editor's content, so never planned, sent or written. Without this the entry's locale code itself was
 * sent to be "localized" and written back into the target locale's data.
 */
const STRAPI_OWN = new Set([
  "locale",
  "localizations",
  "documentId",
  "createdAt",
  "updatedAt",
  "publishedAt",
  "createdBy",
  "updatedBy",
]);

export function attributesOf(source: SchemaSource, uid: string): Attributes | null {
  const model = record(source.getModel(uid));
  const raw = record(model?.attributes);
  if (!raw) return null;
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(raw)) {
    if (STRAPI_OWN.has(name)) continue;
    const attribute = record(value);
    if (!attribute || typeof attribute.type !== "string") continue;
    attributes[name] = {
      type: attribute.type,
      ...(typeof attribute.component === "string" ? { component: attribute.component } : {}),
      ...(Array.isArray(attribute.components)
        ? { components: attribute.components.filter((c): c is string => typeof c === "string") }
        : {}),
      repeatable: attribute.repeatable === true,
      multiple: attribute.multiple === true,
      ...(typeof attribute.relation === "string" ? { relation: attribute.relation } : {}),
      localized: localizedFlag(attribute),
    };
  }
  return attributes;
}

/** Whether the content type has i18n enabled. */
export function isLocalizedType(source: SchemaSource, uid: string): boolean {
  const model = record(source.getModel(uid));
  return record(record(model?.pluginOptions)?.i18n)?.localized === true;
}

export { record };
