import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeOrder, highlightChanges } from "./highlight.ts";

describe("highlightChanges", () => {
  it("marks each adaptation's replacement where it appears", () => {
    const segments = highlightChanges("Comprá tu computadora hoy y pagala en cuotas sin interés.", [
      { from: "Compra", to: "Comprá", reason: "voseo" },
      { from: "meses sin intereses", to: "cuotas sin interés", reason: "idiom" },
      { from: "págala", to: "pagala", reason: "voseo" },
    ]);
    expect(segments).toEqual([
      { text: "Comprá", change: 0 },
      { text: " tu computadora hoy y ", change: undefined },
      { text: "pagala", change: 2 },
      { text: " en ", change: undefined },
      { text: "cuotas sin interés", change: 1 },
      { text: ".", change: undefined },
    ]);
    expect(changeOrder(segments, 3)).toEqual([0, 2, 1]);
  });

  it("gives two identical replacements two different occurrences and leaves unfound ones out", () => {
    const segments = highlightChanges("vos y vos", [
      { from: "tú", to: "vos", reason: "" },
      { from: "tú", to: "vos", reason: "" },
      { from: "x", to: "absent", reason: "" },
    ]);
    expect(segments.filter((segment) => segment.change !== undefined).map((segment) => segment.change)).toEqual([0, 1]);
    expect(changeOrder(segments, 3)).toEqual([0, 1, 2]);
  });

  it("always puts the text back together unchanged", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.array(fc.record({ from: fc.string(), to: fc.string(), reason: fc.string() })),
        (text, adaptations) => {
          const segments = highlightChanges(text, adaptations);
          expect(segments.map((segment) => segment.text).join("")).toBe(text);
          for (const segment of segments) {
            if (segment.change !== undefined) expect(segment.text).toBe(adaptations[segment.change]?.to);
          }
        },
      ),
    );
  });
});
