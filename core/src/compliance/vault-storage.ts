import type { EncryptedRecord, EnvelopeCipher } from "./encryption.ts";
import { EncryptionError } from "./encryption.ts";
import { PiiVault } from "./vault.ts";

/** Encrypts a vault for storage while its job runs; `context` (e.g. "tenant/job") must be given again to open it. */
export function encryptVault(vault: PiiVault, cipher: EnvelopeCipher, context: string): EncryptedRecord {
  return cipher.encrypt(JSON.stringify(vault.toJSON()), `vault:${context}`);
}

/** Opens a stored vault; tampering or a wrong context throws `EncryptionError`, a bad shape `PiiVaultError`. */
export function decryptVault(record: EncryptedRecord, cipher: EnvelopeCipher, context: string): PiiVault {
  const text = cipher.decryptText(record, `vault:${context}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EncryptionError("invalid_record", "Decrypted vault is not JSON", { keyId: record.keyId, cause: error });
  }
  return PiiVault.fromJSON(data);
}
