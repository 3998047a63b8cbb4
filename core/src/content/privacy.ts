import { PiiVault, pseudonymize, restore } from "../compliance/index.ts";

export interface Pseudonymizer {
  /** Replaces personal data with typed tokens (⟦EMAIL_1⟧), the same value always with the same token. */
  pseudonymize(text: string): { text: string };
  /**
   * Puts the personal data back. With `sent`, every token of the text that was sent must come back
   * exactly as often; a lost or invented token throws instead of leaking or dropping data.
   */
  restore(text: string, sent?: string): string;
}

/** One vault for one document, shared by all its segments. */
export function pseudonymizer(): Pseudonymizer {
  const vault = new PiiVault();
  return {
    pseudonymize: (text) => pseudonymize(text, { vault }),
    restore: (text, sent) =>
      vault.size === 0 ? text : restore(text, vault, sent === undefined ? {} : { source: sent }),
  };
}
