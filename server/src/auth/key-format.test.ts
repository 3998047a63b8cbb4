import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateKey, hashKey, keyPattern, parseKey } from "./key-format.ts";

describe("API key format", () => {
  it("generates recognisable, well-formed keys of each kind", () => {
    const secret = generateKey("secret");
    const publishable = generateKey("publishable");
    expect(secret.plaintext).toMatch(/^fk_live_[0-9A-Za-z]{46}$/);
    expect(publishable.plaintext).toMatch(/^fk_pub_[0-9A-Za-z]{46}$/);
    expect(secret.displayPrefix).toBe(secret.plaintext.slice(0, 12));
    expect(parseKey(secret.plaintext)).toBe("secret");
    expect(parseKey(publishable.plaintext)).toBe("publishable");
    expect(generateKey("secret").plaintext).not.toBe(secret.plaintext);
  });

  it("rejects any single-character change through the checksum", () => {
    const { plaintext } = generateKey("secret");
    const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    fc.assert(
      fc.property(fc.integer({ min: 8, max: plaintext.length - 1 }), fc.integer({ min: 1, max: 61 }), (at, shift) => {
        const original = plaintext.charAt(at);
        const replaced = alphabet.charAt((alphabet.indexOf(original) + shift) % 62);
        const tampered = plaintext.slice(0, at) + replaced + plaintext.slice(at + 1);
        expect(keyPattern.test(tampered)).toBe(true);
        expect(parseKey(tampered)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it("rejects other shapes", () => {
    for (const value of ["", "fk_live_", "sk_live_abc", `fk_test_${"a".repeat(46)}`, `fk_live_${"a".repeat(45)}`]) {
      expect(parseKey(value)).toBeNull();
    }
  });

  it("hashes with the pepper: same key and pepper agree, another pepper differs", () => {
    const { plaintext } = generateKey("secret");
    const pepper = new Uint8Array(32).fill(1);
    expect(hashKey(pepper, plaintext)).toBe(hashKey(pepper, plaintext));
    expect(hashKey(pepper, plaintext)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashKey(new Uint8Array(32).fill(2), plaintext)).not.toBe(hashKey(pepper, plaintext));
  });
});
