import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PiiRestoreError } from "./errors.ts";
import { anyIdentifier, email, phoneSamples } from "./pii-arbitraries.fixture.ts";
import { pseudonymize, restore } from "./pseudonymize.ts";
import { compareTokens, findTokens } from "./tokens.ts";
import { PiiVault } from "./vault.ts";

const word = fc.stringMatching(/^[a-záéíóúñç]{1,10}[,.:]?$/);
const piece = fc.oneof(
  { weight: 3, arbitrary: word },
  { weight: 1, arbitrary: anyIdentifier.map((identifier) => `${identifier.keyword} ${identifier.printed}`) },
  { weight: 1, arbitrary: email },
  { weight: 1, arbitrary: fc.constantFrom(...phoneSamples) },
);
const document = fc.array(piece, { minLength: 1, maxLength: 25 }).map((pieces) => pieces.join(" "));

describe("pseudonymize and restore", () => {
  it("round-trips generated text mixing identifiers, e-mails and phones, and leaves none of them behind", () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), (pieces) => {
        const text = pieces.join(" ");
        const { text: masked, vault } = pseudonymize(text);
        expect(restore(masked, vault, { source: masked })).toBe(text);
        for (const value of pieces.filter((item) => /\d|@/.test(item))) {
          const printed = value.replace(/^[A-Za-z]+ /, "");
          expect(masked.includes(printed)).toBe(false);
        }
      }),
    );
  }, 30_000);

  it("round-trips arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), document, (noise, text) => {
        const input = `${noise.replace(/[\u27E6\u27E7]/g, "")} ${text}`;
        const { text: masked, vault } = pseudonymize(input);
        expect(restore(masked, vault)).toBe(input);
      }),
      { numRuns: 50 },
    );
  }, 30_000);

  it("gives the same value the same token across the segments of one document", () => {
    const first = pseudonymize("Hola, tu CPF 390.533.447-05 y tu e-mail ana@loja.com.br");
    const second = pseudonymize("Confirmamos ana@loja.com.br y CPF 390.533.447-05; CPF 111.444.777-35", {
      vault: first.vault,
    });
    expect(first.text).toBe("Hola, tu CPF ⟦CPF_1⟧ y tu e-mail ⟦EMAIL_1⟧");
    expect(second.text).toBe("Confirmamos ⟦EMAIL_1⟧ y CPF ⟦CPF_1⟧; CPF ⟦CPF_2⟧");
    expect(second.vault.size).toBe(3);
  });

  it("restores tokens a model moved within the sentence or wrapped in spaces", () => {
    const { text, vault } = pseudonymize("Llamá a Ana al +54 9 11 2345 6789 o escribile a ana@tienda.com.ar");
    const translated = "Escreva para ⟦ EMAIL_1 ⟧ ou ligue para ⟦PHONE_1⟧";
    expect(restore(translated, vault, { source: text })).toBe(
      "Escreva para ana@tienda.com.ar ou ligue para +54 9 11 2345 6789",
    );
  });

  it("reports tokens a model dropped or invented instead of losing them", () => {
    const { text, vault } = pseudonymize("CPF 390.533.447-05, e-mail ana@loja.com.br");
    const attempt = () => restore("CPF ⟦CPF_1⟧, e-mail ⟦EMAIL_7⟧", vault, { source: text });
    expect(attempt).toThrow(PiiRestoreError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ code: "unknown_token", unknown: ["⟦EMAIL_7⟧"], missing: ["⟦EMAIL_1⟧"] });
    }
    expect(() => restore("só o CPF ⟦CPF_1⟧", vault, { source: text })).toThrow(/missing tokens ⟦EMAIL_1⟧/);
  });

  it("serializes the vault and reads it back", () => {
    const { text, vault } = pseudonymize("RUT 12.531.909-2 y +56 2 2123 4567");
    const copy = PiiVault.fromJSON(JSON.parse(JSON.stringify(vault)));
    expect(restore(text, copy)).toBe("RUT 12.531.909-2 y +56 2 2123 4567");
    expect(() => PiiVault.fromJSON({ version: 2, entries: [] })).toThrow(/unexpected shape/);
  });
});

describe("tokens", () => {
  it("finds tokens with their positions and compares counts, not order", () => {
    expect(
      findTokens("a ⟦CPF_1⟧ b ⟦DNI_AR_12⟧").map(({ token, type, index, start }) => [token, type, index, start]),
    ).toEqual([
      ["⟦CPF_1⟧", "CPF", 1, 2],
      ["⟦DNI_AR_12⟧", "DNI_AR", 12, 12],
    ]);
    expect(compareTokens("⟦CPF_1⟧ ⟦CPF_1⟧ ⟦EMAIL_1⟧", "⟦EMAIL_1⟧ ⟦CPF_1⟧ ⟦PHONE_9⟧")).toEqual({
      missing: ["⟦CPF_1⟧"],
      unknown: ["⟦PHONE_9⟧"],
    });
  });
});
