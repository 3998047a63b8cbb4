// WordPress writes block attributes with JSON.stringify plus five escapes (serializeAttributes in
// @wordpress/blocks, serialize_block_attributes() in PHP), so the JSON can sit in an HTML comment
// and survive wp_slash/stripslashes. Our translated strings must come out byte-identical to that.

/** A string value written exactly as WordPress serializes it inside a block comment, quotes included. */
export function serializeAttributeString(value: string): string {
  return JSON.stringify(value)
    .replaceAll("\\\\", "\\u005c")
    .replaceAll("--", "\\u002d\\u002d")
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e")
    .replaceAll("&", "\\u0026")
    .replaceAll('\\"', "\\u0022");
}

/** Block attributes whose strings are rich text (HTML): translated through the HTML adapter. */
export const DEFAULT_RICH_TEXT_ATTRIBUTES: readonly string[] = ["content", "caption", "citation", "value", "text"];

/** Block attributes whose strings are plain text. */
export const DEFAULT_PLAIN_TEXT_ATTRIBUTES: readonly string[] = [
  "alt",
  "placeholder",
  "label",
  "title",
  "buttonText",
  "description",
  "heading",
  "subtitle",
];
