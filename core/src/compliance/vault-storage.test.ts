import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEnvelopeCipher, EncryptionError } from "./encryption.ts";
import { pseudonymize, restore } from "./pseudonymize.ts";
import { decryptVault, encryptVault } from "./vault-storage.ts";

describe("vault storage", () => {
  const cipher = createEnvelopeCipher({ masterKeys: [{ id: "k1", key: randomBytes(32) }], activeKeyId: "k1" });

  it("stores a vault encrypted and restores the job's text from it", () => {
    const original = "Cliente CPF 390.533.447-05, e-mail ana@loja.com.br";
    const { text, vault } = pseudonymize(original);
    const record = encryptVault(vault, cipher, "tenant-1/job-9");
    expect(JSON.stringify(record)).not.toContain("390.533.447-05");
    expect(JSON.stringify(record)).not.toContain("ana@loja");
    expect(restore(text, decryptVault(record, cipher, "tenant-1/job-9"))).toBe(original);
  });

  it("refuses to open a vault under another job's context", () => {
    const record = encryptVault(pseudonymize("RUT 12.531.909-2").vault, cipher, "tenant-1/job-9");
    expect(() => decryptVault(record, cipher, "tenant-2/job-9")).toThrow(EncryptionError);
  });
});
