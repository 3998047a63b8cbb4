import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GeneratedIdentifier } from "./pii-arbitraries.fixture.ts";
import { identifierArbitraries } from "./pii-arbitraries.fixture.ts";
import { scan } from "./scan.ts";

function reported(identifier: GeneratedIdentifier, printed: string) {
  const text = `Cliente ${identifier.keyword} ${printed} confirmado.`;
  const start = text.indexOf(printed);
  return scan(text, { markets: [identifier.market] }).filter(
    (entity) => entity.type === identifier.type && entity.start === start,
  );
}

/** Replaces the digit at `position` (counting digits only) with `replacement`. */
function mutateDigit(printed: string, position: number, replacement: number): string {
  let seen = -1;
  return printed.replace(/\d/g, (character) => {
    seen++;
    return seen === position ? String(replacement) : character;
  });
}

describe.each(Object.entries(identifierArbitraries))("%s", (_type, arbitrary) => {
  it("detects generated valid identifiers, formatted and unformatted", () => {
    fc.assert(
      fc.property(arbitrary, (identifier) => {
        expect(identifier.isValid(identifier.printed)).toBe(true);
        expect(reported(identifier, identifier.printed).map((entity) => entity.value)).toEqual([identifier.printed]);
      }),
    );
  });

  it("rejects one-digit mutations that break the check digit", () => {
    fc.assert(
      fc.property(arbitrary, fc.nat(), fc.integer({ min: 1, max: 9 }), (identifier, position, shift) => {
        const digitCount = identifier.printed.replace(/\D/g, "").length;
        const index = position % digitCount;
        const original = Number(identifier.printed.replace(/\D/g, "").charAt(index));
        const mutated = mutateDigit(identifier.printed, index, (original + shift) % 10);
        fc.pre(!identifier.isValid(mutated));
        expect(reported(identifier, mutated)).toEqual([]);
      }),
    );
  });
});
