import { hkdfSync } from "node:crypto";

/** Keys derived from the one server secret, each for one purpose, so no purpose can be used to attack another. */
export interface ServerKeys {
  /** Peppers API key hashes. Changing the server secret invalidates every stored key. */
  keyPepper: Uint8Array;
  /** Signs access tokens (HS256). */
  tokenKey: Uint8Array;
  /** Keys the digests of data subjects' identifiers in the consent log. */
  subjectPepper: Uint8Array;
  /**
   * Master keys for `createSecretBox`, first one sealing: FRONTIER_ENCRYPTION_KEYS when set, else one derived
   * from the server secret (id `s0`), which stays readable after configuring explicit keys.
   */
  encryptionKeys: ReadonlyMap<string, Uint8Array>;
}

function derive(secret: string, purpose: string): Uint8Array {
  return new Uint8Array(hkdfSync("sha256", secret, "frontier", purpose, 32));
}

export function deriveServerKeys(secret: string, configured: ReadonlyMap<string, Uint8Array> = new Map()): ServerKeys {
  const derived = derive(secret, "secret-box");
  return {
    keyPepper: derive(secret, "api-key-hash"),
    tokenKey: derive(secret, "access-token"),
    subjectPepper: derive(secret, "subject-digest"),
    encryptionKeys: new Map([...configured, ...(configured.has("s0") ? [] : [["s0", derived] as const])]),
  };
}
