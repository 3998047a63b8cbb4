import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { ValidationError } from "../errors.ts";

/**
 * Encrypts secrets the server must read back (webhook signing secrets) with AES-256-GCM under a master key.
 * Stored form: `<key id>.<iv>.<ciphertext+tag>` (base64url). The first key encrypts; every key decrypts, so keys
 * rotate by putting the new one first in FRONTIER_ENCRYPTION_KEYS and keeping the old one until re-encrypted.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export function createSecretBox(keys: ReadonlyMap<string, Uint8Array>): SecretBox {
  const first = [...keys.entries()][0];
  if (!first) throw new Error("a secret box needs at least one key");
  const [currentId, currentKey] = first;
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", currentKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
      return `${currentId}.${iv.toString("base64url")}.${body.toString("base64url")}`;
    },
    open(sealed) {
      const [id = "", iv = "", body = ""] = sealed.split(".");
      const key = keys.get(id);
      if (!key) throw new ValidationError([{ path: "", message: `no encryption key ${id} is configured` }]);
      const bytes = Buffer.from(body, "base64url");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString("utf8");
    },
  };
}
