// What a localization changed, block by block: the string attributes whose text differs. Both trees have the
// same shape (the server checks it), so they are walked side by side.

const tags = /<[^>]*>/g;

function plain(html) {
  return String(html).replace(tags, "").replace(/\s+/g, " ").trim();
}

/**
 * @param {Array<{name:string, attributes:Record<string, unknown>, innerBlocks:Array}>} before
 * @param {Array<{name:string, attributes:Record<string, unknown>, innerBlocks:Array}>} after
 * @returns {Array<{block:string, attribute:string, before:string, after:string}>}
 */
export function textChanges(before, after) {
  const changes = [];
  before.forEach((source, index) => {
    const localized = after[index];
    if (!localized) return;
    for (const [attribute, value] of Object.entries(source.attributes ?? {})) {
      const next = localized.attributes?.[attribute];
      const text = value !== null && typeof value === "object" && "toString" in value ? value.toString() : value;
      const nextText = next !== null && typeof next === "object" && "toString" in next ? next.toString() : next;
      if (typeof text === "string" && typeof nextText === "string" && plain(text) !== plain(nextText)) {
        changes.push({ block: source.name, attribute, before: plain(text), after: plain(nextText) });
      }
    }
    changes.push(...textChanges(source.innerBlocks ?? [], localized.innerBlocks ?? []));
  });
  return changes;
}
