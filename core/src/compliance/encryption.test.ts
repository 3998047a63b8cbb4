import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EncryptedRecord } from "./encryption.ts";
import { createEnvelopeCipher, EncryptionError, parseMasterKeys } from "./encryption.ts";

const oldKey = { id: "2025-01", key: randomBytes(32) };
const newKey = { id: "2026-06", key: randomBytes(32) };

function flipByte(base64: string, index: number): string {
  const bytes = Buffer.from(base64, "base64");
  const position = index % bytes.length;
  bytes[position] = (bytes[position] ?? 0) ^ 0x01;
  return bytes.toString("base64");
}

function expectCode(action: () => unknown, code: string) {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(EncryptionError);
    expect(error).toMatchObject({ code });
    return;
  }
  expect.fail(`expected EncryptionError ${code}`);
}

describe("envelope encryption", () => {
  const cipher = createEnvelopeCipher({ masterKeys: [oldKey, newKey], activeKeyId: oldKey.id });

  it("round-trips any bytes and text, with a fresh data key and iv per record", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.string(), (bytes, context) => {
        expect(new Uint8Array(cipher.decrypt(cipher.encrypt(bytes, context), context))).toEqual(bytes);
      }),
    );
    const text = "CPF 390.533.447-05 consentiu em 2026-11-25";
    const first = cipher.encrypt(text);
    const second = cipher.encrypt(text);
    expect(cipher.decryptText(first)).toBe(text);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(first.wrappedKey).not.toBe(second.wrappedKey);
    expect(JSON.stringify(first)).not.toContain("390.533");
  });

  it("detects tampering with any field and a wrong context", () => {
    const record = cipher.encrypt("subject@example.com", "tenant-1/consent");
    for (const field of ["ciphertext", "tag", "iv", "wrappedKey"] as const) {
      fc.assert(
        fc.property(fc.nat(), (index) => {
          const tampered: EncryptedRecord = { ...record, [field]: flipByte(record[field], index) };
          expectCode(() => cipher.decrypt(tampered, "tenant-1/consent"), "tampered");
        }),
        { numRuns: 20 },
      );
    }
    expectCode(() => cipher.decrypt(record, "tenant-2/consent"), "tampered");
    expectCode(() => cipher.decrypt({ ...record, keyId: newKey.id }, "tenant-1/consent"), "tampered");
    expectCode(() => cipher.decrypt({ ...record, keyId: "gone" }, "tenant-1/consent"), "unknown_key");
  });

  it("rotates: decrypts with the old key id and re-wraps with the new one without touching the payload", () => {
    const record = cipher.encrypt("feedback: me encantó", "job-7");
    const rotated = createEnvelopeCipher({ masterKeys: [oldKey, newKey], activeKeyId: newKey.id });
    expect(rotated.decryptText(record, "job-7")).toBe("feedback: me encantó");
    const rewrapped = rotated.rewrap(record);
    expect(rewrapped.keyId).toBe(newKey.id);
    expect(rewrapped.ciphertext).toBe(record.ciphertext);
    expect(rotated.rewrap(rewrapped)).toBe(rewrapped);
    const withoutOldKey = createEnvelopeCipher({ masterKeys: [newKey], activeKeyId: newKey.id });
    expect(withoutOldKey.decryptText(rewrapped, "job-7")).toBe("feedback: me encantó");
    expectCode(() => withoutOldKey.decrypt(record, "job-7"), "unknown_key");
  });

  it("refuses bad configuration", () => {
    expectCode(
      () => createEnvelopeCipher({ masterKeys: [{ id: "short", key: randomBytes(16) }], activeKeyId: "short" }),
      "invalid_key",
    );
    expectCode(() => createEnvelopeCipher({ masterKeys: [oldKey], activeKeyId: "missing" }), "unknown_key");
    expectCode(() => createEnvelopeCipher({ masterKeys: [oldKey, oldKey], activeKeyId: oldKey.id }), "invalid_key");
  });

  it("parses master keys from configuration text", () => {
    const value = `${newKey.id}:${Buffer.from(newKey.key).toString("base64")}, ${oldKey.id}:${Buffer.from(oldKey.key).toString("base64")}`;
    const parsed = parseMasterKeys(value);
    expect(parsed.activeKeyId).toBe(newKey.id);
    expect(parsed.masterKeys.map((key) => key.id)).toEqual([newKey.id, oldKey.id]);
    expectCode(() => parseMasterKeys(""), "invalid_key");
    expectCode(() => parseMasterKeys("k1:c2hvcnQ="), "invalid_key");
    expectCode(() => parseMasterKeys("no-separator"), "invalid_key");
  });
});
