import { z } from "zod";
import { PiiVaultError } from "./errors.ts";
import type { PiiType } from "./pii-types.ts";
import { piiTypes } from "./pii-types.ts";
import { formatToken } from "./tokens.ts";

export interface VaultEntry {
  token: string;
  type: PiiType;
  value: string;
}

const serializedVault = z.object({
  version: z.literal(1),
  entries: z.array(z.object({ token: z.string(), type: z.enum(piiTypes), value: z.string() })),
});

export type SerializedVault = z.infer<typeof serializedVault>;

/**
 * The mapping between tokens and the personal data they replace, for one document. The same exact value of the
 * same type always gets the same token, so a vault can be reused across the segments of a document. Values are
 * kept exactly as printed ("390.533.447-05" and "39053344705" get two tokens) so restoring is byte-exact.
 * A vault holds personal data: persist it only encrypted (see encryption.ts) and drop it when the job ends.
 */
export class PiiVault {
  readonly #byToken = new Map<string, VaultEntry>();
  readonly #byValue = new Map<string, VaultEntry>();
  readonly #counters = new Map<PiiType, number>();

  tokenFor(type: PiiType, value: string): string {
    const key = `${type}\u0000${value}`;
    const existing = this.#byValue.get(key);
    if (existing) return existing.token;
    const index = (this.#counters.get(type) ?? 0) + 1;
    this.#counters.set(type, index);
    const entry: VaultEntry = { token: formatToken(type, index), type, value };
    this.#byValue.set(key, entry);
    this.#byToken.set(entry.token, entry);
    return entry.token;
  }

  valueOf(token: string): string | undefined {
    return this.#byToken.get(token)?.value;
  }

  get size(): number {
    return this.#byToken.size;
  }

  entries(): VaultEntry[] {
    return [...this.#byToken.values()];
  }

  toJSON(): SerializedVault {
    return { version: 1, entries: this.entries() };
  }

  static fromJSON(data: unknown): PiiVault {
    const parsed = serializedVault.safeParse(data);
    if (!parsed.success) throw new PiiVaultError("Serialized vault has an unexpected shape", { cause: parsed.error });
    const vault = new PiiVault();
    for (const entry of parsed.data.entries) {
      if (vault.tokenFor(entry.type, entry.value) !== entry.token) {
        throw new PiiVaultError(`Vault entry ${entry.token} is out of order or duplicated`);
      }
    }
    return vault;
  }
}
