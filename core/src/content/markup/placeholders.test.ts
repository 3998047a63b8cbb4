import { describe, expect, it } from "vitest";
import { checkPlaceholders, mapSegmentText, tokenizePlaceholders } from "./placeholders.ts";

const codes = (source: string, translation: string) =>
  checkPlaceholders(source, translation).map((problem) => `${problem.code} ${problem.placeholder}`);

describe("checkPlaceholders", () => {
  const source = "Compra ⟨1⟩ahora⟨/1⟩ y ⟨2⟩ahorra ⟨3⟩más⟨/3⟩⟨/2⟩⟨4/⟩";

  it("accepts the same placeholders, also reordered as languages need", () => {
    expect(codes(source, "⟨2⟩Ahorra ⟨3⟩más⟨/3⟩⟨/2⟩ y compra ⟨1⟩ya⟨/1⟩⟨4/⟩")).toEqual([]);
  });

  it("reports a missing placeholder", () => {
    expect(codes(source, "Compra ⟨1⟩ahora⟨/1⟩ y ⟨2⟩ahorra ⟨3⟩más⟨/3⟩⟨/2⟩")).toEqual(["missing ⟨4/⟩"]);
  });

  it("reports a duplicated placeholder", () => {
    expect(codes(source, "⟨1⟩a⟨/1⟩ ⟨2⟩b ⟨3⟩c⟨/3⟩⟨/2⟩⟨4/⟩⟨4/⟩")).toEqual(["duplicated ⟨4/⟩"]);
  });

  it("reports an invented placeholder and a changed form", () => {
    expect(codes(source, "⟨1⟩a⟨/1⟩ ⟨2⟩b ⟨3⟩c⟨/3⟩⟨/2⟩⟨4/⟩⟨5/⟩")).toEqual(["invented ⟨5/⟩"]);
    expect(codes("a⟨1/⟩b", "a⟨1⟩b⟨/1⟩")).toEqual(["invented ⟨1⟩", "invented ⟨/1⟩", "missing ⟨1/⟩"]);
  });

  it("reports pairs that cross or close before they open", () => {
    expect(codes(source, "⟨1⟩a⟨2⟩b⟨/1⟩ ⟨3⟩c⟨/3⟩⟨/2⟩⟨4/⟩")).toContain("misnested ⟨/1⟩");
    expect(codes("⟨1⟩a⟨/1⟩", "⟨/1⟩a⟨1⟩")).toContain("misnested ⟨/1⟩");
  });

  it("does not confuse PII tokens with placeholders", () => {
    expect(codes("Escribe a ⟦EMAIL_1⟧ ⟨1⟩hoy⟨/1⟩", "Write to ⟦EMAIL_1⟧ ⟨1⟩today⟨/1⟩")).toEqual([]);
    expect(tokenizePlaceholders("⟦EMAIL_1⟧")).toEqual(["⟦EMAIL_1⟧"]);
  });
});

describe("mapSegmentText", () => {
  it("transforms only the text between placeholders", () => {
    expect(mapSegmentText("a⟨1⟩b⟨/1⟩c⟨12/⟩", (part) => part.toUpperCase())).toBe("A⟨1⟩B⟨/1⟩C⟨12/⟩");
  });
});
