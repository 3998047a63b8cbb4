import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSecretBox } from "./secret-box.ts";
import { deriveServerKeys } from "./secrets.ts";

const key = (fill: number) => new Uint8Array(32).fill(fill);

describe("secret box", () => {
  it("round-trips any text and never repeats a ciphertext", () => {
    const box = createSecretBox(new Map([["k1", key(1)]]));
    fc.assert(
      fc.property(fc.string(), (text) => {
        const sealed = box.seal(text);
        expect(sealed.startsWith("k1.")).toBe(true);
        expect(box.open(sealed)).toBe(text);
        expect(box.seal(text)).not.toBe(sealed);
      }),
    );
  });

  it("rotates: the first key seals, older keys still open", () => {
    const old = createSecretBox(new Map([["k1", key(1)]]));
    const sealedBefore = old.seal("whsec_1");
    const rotated = createSecretBox(
      new Map([
        ["k2", key(2)],
        ["k1", key(1)],
      ]),
    );
    expect(rotated.open(sealedBefore)).toBe("whsec_1");
    expect(rotated.seal("x").startsWith("k2.")).toBe(true);
    expect(() => old.open(rotated.seal("x"))).toThrow(/no encryption key k2/);
  });

  it("refuses a tampered ciphertext", () => {
    const box = createSecretBox(new Map([["k1", key(1)]]));
    const [id, iv, body = ""] = box.seal("secret").split(".");
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => box.open(`${id}.${iv}.${flipped.toString("base64url")}`)).toThrow();
  });
});

describe("server encryption keys", () => {
  it("seal with the configured key first and keep the derived one for reading", () => {
    const derivedOnly = deriveServerKeys("s".repeat(40));
    expect([...derivedOnly.encryptionKeys.keys()]).toEqual(["s0"]);
    const sealed = createSecretBox(derivedOnly.encryptionKeys).seal("whsec");
    const configured = deriveServerKeys("s".repeat(40), new Map([["k1", key(7)]]));
    expect([...configured.encryptionKeys.keys()]).toEqual(["k1", "s0"]);
    expect(createSecretBox(configured.encryptionKeys).open(sealed)).toBe("whsec");
  });
});
