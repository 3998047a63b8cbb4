// Reading jsonc-parser's syntax tree (which carries source offsets) by property name.
import type { Node as JsonNode } from "jsonc-parser";

export function property(node: JsonNode, key: string): JsonNode | undefined {
  const match = node.children?.find((child) => child.type === "property" && child.children?.[0]?.value === key);
  return match?.children?.[1];
}

export function typeOf(node: JsonNode | undefined): unknown {
  return node?.type === "object" ? property(node, "type")?.value : undefined;
}
