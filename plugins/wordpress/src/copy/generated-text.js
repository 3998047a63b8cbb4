// Turns generated copy into a list of block descriptions. The rules provider writes plain text with blank
// lines between paragraphs; models may add Markdown headings ("# ") and lists ("- ", "1. ").

const headingLine = /^(#{1,6})\s+(.+)$/;
const bulletLine = /^\s*[-*•]\s+(.+)$/;
const orderedLine = /^\s*\d+[.)]\s+(.+)$/;

/** Escapes text for a RichText attribute, which holds HTML. */
export function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Whether the copy is already HTML (then the editor's raw handler converts it). */
export function looksLikeHtml(text) {
  return /<\/?(p|h[1-6]|ul|ol|li|blockquote)\b[^>]*>/i.test(text);
}

/**
 * @param {string} text Generated copy.
 * @returns {Array<{type:"paragraph",content:string}|{type:"heading",level:number,content:string}|{type:"list",ordered:boolean,items:string[]}>}
 */
export function describeBlocks(text) {
  const descriptions = [];
  for (const chunk of text.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((line) => line.trim() !== "");
    let paragraph = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) {
        descriptions.push({ type: "paragraph", content: paragraph.map(escapeHtml).join("<br>") });
        paragraph = [];
      }
    };
    for (const line of lines) {
      const heading = headingLine.exec(line);
      const item = bulletLine.exec(line) ?? orderedLine.exec(line);
      if (heading?.[1] && heading[2]) {
        flushParagraph();
        descriptions.push({ type: "heading", level: Math.max(2, heading[1].length), content: escapeHtml(heading[2]) });
      } else if (item?.[1]) {
        flushParagraph();
        const ordered = orderedLine.test(line);
        const last = descriptions.at(-1);
        if (last?.type === "list" && last.ordered === ordered) {
          last.items.push(escapeHtml(item[1]));
        } else {
          descriptions.push({ type: "list", ordered, items: [escapeHtml(item[1])] });
        }
      } else {
        paragraph.push(line.trim());
      }
    }
    flushParagraph();
  }
  return descriptions;
}
