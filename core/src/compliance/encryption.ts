import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * Envelope encryption at rest with AES-256-GCM (node:crypto only): each record gets a fresh 256-bit data key that
 * encrypts the payload; the data key is itself encrypted ("wrapped") with a master key from configuration, named
 * by a key id. Rotating keys means adding a new master key, making it active, and re-wrapping old records: only
 * the 32-byte data key is re-encrypted, the payload is untouched.
 */

export interface MasterKey {
  id: string;
  /** 32 bytes. */
  key: Uint8Array;
}

export interface EncryptedRecord {
  version: 1;
  algorithm: "aes-256-gcm";
  /** Id of the master key that wrapped the data key. */
  keyId: string;
  /** Base64 of iv (12 bytes) ‖ tag (16 bytes) ‖ encrypted data key (32 bytes). */
  wrappedKey: string;
  /** Base64 of the payload's iv. */
  iv: string;
  /** Base64 of the payload's authentication tag. */
  tag: string;
  /** Base64 of the encrypted payload. */
  ciphertext: string;
}

export type EncryptionErrorCode = "unknown_key" | "invalid_key" | "tampered" | "invalid_record";

export class EncryptionError extends Error {
  override readonly name = "EncryptionError";
  readonly code: EncryptionErrorCode;
  readonly keyId: string | undefined;

  constructor(code: EncryptionErrorCode, message: string, options: { keyId?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.keyId = options.keyId;
  }
}

export interface EnvelopeCipher {
  readonly activeKeyId: string;
  /** `context` is authenticated, not stored: bind a record to its tenant and purpose so it cannot be swapped. */
  encrypt(plaintext: Uint8Array | string, context?: string): EncryptedRecord;
  decrypt(record: EncryptedRecord, context?: string): Buffer;
  decryptText(record: EncryptedRecord, context?: string): string;
  /** Re-wraps the record's data key with the active master key (no-op when already active). */
  rewrap(record: EncryptedRecord): EncryptedRecord;
}

const ivLength = 12;
const tagLength = 16;
const keyLength = 32;

function seal(key: Uint8Array, plaintext: Uint8Array, aad: string) {
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: tagLength });
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
}

function open(key: Uint8Array, iv: Buffer, tag: Buffer, ciphertext: Buffer, aad: string, keyId: string): Buffer {
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: tagLength });
    decipher.setAAD(Buffer.from(aad, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch (error) {
    throw new EncryptionError("tampered", "Record failed authentication (tampered, wrong key or wrong context)", {
      keyId,
      cause: error,
    });
  }
}

function decode(value: unknown, field: string): Buffer {
  if (typeof value !== "string")
    throw new EncryptionError("invalid_record", `Encrypted record field ${field} is missing`);
  return Buffer.from(value, "base64");
}

/** The key-wrap AAD names the key id, so a wrapped key cannot be relabelled with another id. */
const wrapContext = (keyId: string) => `frontier:data-key:${keyId}`;
const payloadContext = (context: string) => `frontier:payload:${context}`;

export function createEnvelopeCipher(settings: {
  masterKeys: readonly MasterKey[];
  activeKeyId: string;
}): EnvelopeCipher {
  const keys = new Map<string, Uint8Array>();
  for (const { id, key } of settings.masterKeys) {
    if (key.length !== keyLength)
      throw new EncryptionError("invalid_key", `Master key ${id} must be 32 bytes`, { keyId: id });
    if (keys.has(id))
      throw new EncryptionError("invalid_key", `Master key id ${id} is configured twice`, { keyId: id });
    keys.set(id, key);
  }
  const activeKeyId = settings.activeKeyId;
  const masterKey = (keyId: string) => {
    const key = keys.get(keyId);
    if (!key) throw new EncryptionError("unknown_key", `No master key with id ${keyId} is configured`, { keyId });
    return key;
  };
  masterKey(activeKeyId);

  const wrap = (dataKey: Uint8Array, keyId: string) => {
    const sealed = seal(masterKey(keyId), dataKey, wrapContext(keyId));
    return Buffer.concat([sealed.iv, sealed.tag, sealed.ciphertext]).toString("base64");
  };
  const unwrap = (record: EncryptedRecord) => {
    const wrapped = decode(record.wrappedKey, "wrappedKey");
    if (wrapped.length !== ivLength + tagLength + keyLength) {
      throw new EncryptionError("invalid_record", "Wrapped data key has the wrong length", { keyId: record.keyId });
    }
    return open(
      masterKey(record.keyId),
      wrapped.subarray(0, ivLength),
      wrapped.subarray(ivLength, ivLength + tagLength),
      wrapped.subarray(ivLength + tagLength),
      wrapContext(record.keyId),
      record.keyId,
    );
  };
  const checkShape = (record: EncryptedRecord) => {
    if (record?.version !== 1 || record.algorithm !== "aes-256-gcm" || typeof record.keyId !== "string") {
      throw new EncryptionError("invalid_record", "Not a version 1 AES-256-GCM envelope record");
    }
  };

  const cipher: EnvelopeCipher = {
    activeKeyId,
    encrypt(plaintext, context = "") {
      const dataKey = randomBytes(keyLength);
      const bytes = typeof plaintext === "string" ? Buffer.from(plaintext, "utf8") : plaintext;
      const sealed = seal(dataKey, bytes, payloadContext(context));
      const record: EncryptedRecord = {
        version: 1,
        algorithm: "aes-256-gcm",
        keyId: activeKeyId,
        wrappedKey: wrap(dataKey, activeKeyId),
        iv: sealed.iv.toString("base64"),
        tag: sealed.tag.toString("base64"),
        ciphertext: sealed.ciphertext.toString("base64"),
      };
      dataKey.fill(0);
      return record;
    },
    decrypt(record, context = "") {
      checkShape(record);
      const dataKey = unwrap(record);
      try {
        const iv = decode(record.iv, "iv");
        const tag = decode(record.tag, "tag");
        return open(dataKey, iv, tag, decode(record.ciphertext, "ciphertext"), payloadContext(context), record.keyId);
      } finally {
        dataKey.fill(0);
      }
    },
    decryptText(record, context) {
      return cipher.decrypt(record, context).toString("utf8");
    },
    rewrap(record) {
      checkShape(record);
      if (record.keyId === activeKeyId) return record;
      const dataKey = unwrap(record);
      try {
        return { ...record, keyId: activeKeyId, wrappedKey: wrap(dataKey, activeKeyId) };
      } finally {
        dataKey.fill(0);
      }
    },
  };
  return cipher;
}

/**
 * Parses master keys from configuration text: "id:base64key" entries separated by commas, e.g. the value of a
 * FRONTIER_MASTER_KEYS variable read by the server at its edge. The first entry is the active key unless
 * `activeKeyId` says otherwise.
 */
export function parseMasterKeys(value: string): { masterKeys: MasterKey[]; activeKeyId: string } {
  const masterKeys = value
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const separator = entry.indexOf(":");
      if (separator <= 0) throw new EncryptionError("invalid_key", "Master key entries look like id:base64key");
      const id = entry.slice(0, separator);
      const key = Buffer.from(entry.slice(separator + 1), "base64");
      if (key.length !== keyLength)
        throw new EncryptionError("invalid_key", `Master key ${id} must be 32 bytes`, { keyId: id });
      return { id, key };
    });
  const first = masterKeys[0];
  if (!first) throw new EncryptionError("invalid_key", "No master key configured");
  return { masterKeys, activeKeyId: first.id };
}
