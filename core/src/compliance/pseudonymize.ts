import { PiiRestoreError } from "./errors.ts";
import type { PiiEntity, ScanOptions } from "./pii-types.ts";
import { scan } from "./scan.ts";
import { compareTokens, findTokens } from "./tokens.ts";
import { PiiVault } from "./vault.ts";

export interface PseudonymizeOptions extends ScanOptions {
  /** Reuse the vault of earlier segments of the same document, so equal values share one token. */
  vault?: PiiVault;
}

export interface Pseudonymized {
  text: string;
  vault: PiiVault;
  entities: PiiEntity[];
}

/** Replaces every entity `scan` finds with a typed token (⟦CPF_1⟧) and records the mapping in the vault. */
export function pseudonymize(text: string, options: PseudonymizeOptions = {}): Pseudonymized {
  const vault = options.vault ?? new PiiVault();
  const entities = scan(text, options);
  let output = "";
  let position = 0;
  for (const entity of entities) {
    output += text.slice(position, entity.start) + vault.tokenFor(entity.type, entity.value);
    position = entity.end;
  }
  return { text: output + text.slice(position), vault, entities };
}

export interface RestoreOptions {
  /**
   * The pseudonymized text the model received. When given, every token it holds must come back (as many times),
   * wherever the model moved it; otherwise only unknown tokens are an error.
   */
  source?: string;
}

/**
 * Puts the personal data back. Tokens may have moved; a token the vault does not know, or (with `source`) a token
 * the model dropped or invented, throws `PiiRestoreError` listing them: nothing is ever lost silently.
 */
export function restore(text: string, vault: PiiVault, options: RestoreOptions = {}): string {
  const occurrences = findTokens(text);
  const unknown = occurrences.filter((occurrence) => vault.valueOf(occurrence.token) === undefined);
  const comparison = options.source === undefined ? { missing: [], unknown: [] } : compareTokens(options.source, text);
  const unknownTokens = [...new Set([...unknown.map((occurrence) => occurrence.token), ...comparison.unknown])];
  if (unknownTokens.length > 0 || comparison.missing.length > 0) {
    throw new PiiRestoreError({ missing: comparison.missing, unknown: unknownTokens });
  }
  let output = "";
  let position = 0;
  for (const occurrence of occurrences) {
    output += text.slice(position, occurrence.start) + (vault.valueOf(occurrence.token) ?? "");
    position = occurrence.end;
  }
  return output + text.slice(position);
}
