import type { AttributeSchema, Attributes } from "./schema.ts";

export const FIELD_MODES = ["localize", "copy", "ignore"] as const;
export type FieldMode = (typeof FIELD_MODES)[number];

export type TextFormat = "text" | "markdown" | "rich-text";

/** Text attribute types and the server format each one is sent as. */
export const TEXT_FORMATS: Record<string, TextFormat> = {
  string: "text",
  text: "text",
  richtext: "markdown",
  blocks: "rich-text",
};

const STRUCTURED = new Set(["component", "dynamiczone"]);
// Relations and media are never written by the plugin: they keep whatever the target locale holds.
const UNTOUCHABLE = new Set(["relation", "media"]);

export interface PlannedField {
  name: string;
  type: string;
  localized: boolean;
  mode: FieldMode;
  modes: FieldMode[];
}

/** The modes a field may take: shared (non-localized) fields and relations/media are left alone. */
export function allowedModes(attribute: AttributeSchema): FieldMode[] {
  if (!attribute.localized || UNTOUCHABLE.has(attribute.type)) return ["ignore"];
  if (attribute.type in TEXT_FORMATS || STRUCTURED.has(attribute.type)) return ["localize", "copy", "ignore"];
  return ["copy", "ignore"];
}

function defaultMode(attribute: AttributeSchema): FieldMode {
  const modes = allowedModes(attribute);
  return modes.includes("localize") ? "localize" : "ignore";
}

/** The effective plan for one content type: stored choices where allowed, defaults elsewhere. */
export function planFields(attributes: Attributes, chosen: Record<string, FieldMode> = {}): PlannedField[] {
  return Object.entries(attributes).map(([name, attribute]) => {
    const modes = allowedModes(attribute);
    const wanted = chosen[name];
    return {
      name,
      type: attribute.type,
      localized: attribute.localized,
      mode: wanted !== undefined && modes.includes(wanted) ? wanted : defaultMode(attribute),
      modes,
    };
  });
}
