import { describe, expect, it } from "vitest";
import { type BlockLike, textChanges } from "./text-changes.js";

const block = (name: string, attributes: Record<string, unknown>, innerBlocks: BlockLike[] = []): BlockLike => ({
  name,
  attributes,
  innerBlocks,
});

describe("textChanges", () => {
  it("lists the text attributes that changed, nested blocks included, without markup", () => {
    const before = [
      block("core/paragraph", { content: "Mi <strong>ordenador</strong>", dropCap: false }),
      block("core/quote", {}, [block("core/paragraph", { content: "Elige bien" })]),
      block("core/image", { alt: "Un coche", id: 7 }),
    ];
    const after = [
      block("core/paragraph", { content: "Mi <strong>computadora</strong>", dropCap: false }),
      block("core/quote", {}, [block("core/paragraph", { content: "Elegí bien" })]),
      block("core/image", { alt: "Un coche", id: 7 }),
    ];
    expect(textChanges(before, after)).toEqual([
      { block: "core/paragraph", attribute: "content", before: "Mi ordenador", after: "Mi computadora" },
      { block: "core/paragraph", attribute: "content", before: "Elige bien", after: "Elegí bien" },
    ]);
  });

  it("reads rich-text values through their string form", () => {
    const rich = (text: string) => ({ toString: () => text });
    expect(
      textChanges(
        [block("core/paragraph", { content: rich("coche") })],
        [block("core/paragraph", { content: rich("auto") })],
      ),
    ).toEqual([{ block: "core/paragraph", attribute: "content", before: "coche", after: "auto" }]);
  });
});
