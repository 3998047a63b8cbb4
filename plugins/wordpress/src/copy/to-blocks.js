import { createBlock, rawHandler } from "@wordpress/blocks";
import { describeBlocks, looksLikeHtml } from "./generated-text.js";

/** Core blocks (paragraphs, headings, lists) for generated copy, never one opaque HTML block. */
export function copyToBlocks(content) {
  if (looksLikeHtml(content)) {
    return rawHandler({ HTML: content });
  }
  return describeBlocks(content).map((description) => {
    switch (description.type) {
      case "heading":
        return createBlock("core/heading", { level: description.level, content: description.content });
      case "list":
        return createBlock(
          "core/list",
          { ordered: description.ordered },
          description.items.map((item) => createBlock("core/list-item", { content: item })),
        );
      default:
        return createBlock("core/paragraph", { content: description.content });
    }
  });
}
