import { createHmac, hkdfSync } from "node:crypto";
import { createEnvelopeCipher, type EnvelopeCipher } from "@frontier-ai/core";
import type { ServerKeys } from "../auth/secrets.ts";
import type { Config } from "../config.ts";

/** Id of the master key derived from the server secret when FRONTIER_MASTER_KEYS is not set. */
export const derivedMasterKeyId = "derived";

/**
 * The cipher for personal data at rest: FRONTIER_MASTER_KEYS when configured, else one key derived (HKDF) from the
 * server secret's secret-box key, so a fresh install encrypts without setup. Keeping the derived key listed lets
 * records written before keys were configured stay readable.
 */
export function complianceCipher(config: Pick<Config, "masterKeys">, keys: ServerKeys): EnvelopeCipher {
  const base = keys.encryptionKeys.get("s0");
  const derived = base
    ? [
        {
          id: derivedMasterKeyId,
          key: new Uint8Array(hkdfSync("sha256", base, "frontier", "compliance-master-key", 32)),
        },
      ]
    : [];
  if (config.masterKeys === null) {
    return createEnvelopeCipher({ masterKeys: derived, activeKeyId: derivedMasterKeyId });
  }
  const configured = config.masterKeys.masterKeys;
  const fallback = derived.filter((key) => !configured.some((entry) => entry.id === key.id));
  return createEnvelopeCipher({
    masterKeys: [...configured, ...fallback],
    activeKeyId: config.masterKeys.activeKeyId,
  });
}

/** A salt per tenant (keyed by the server's subject pepper): the same subject hashes differently per tenant. */
export function tenantSalt(keys: ServerKeys, tenantId: string): Buffer {
  return createHmac("sha256", keys.subjectPepper).update(`tenant:${tenantId}`, "utf8").digest();
}
