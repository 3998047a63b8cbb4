// Compliance: personal-data detection and pseudonymization, protection at rest, consent and data-subject
// requests, the cross-border policy per jurisdiction and advertising-claims checks. See README.md.

export { defaultPhoneCountries as scanMarkets } from "./detect-phones.ts";
export { PiiRestoreError, PiiVaultError } from "./errors.ts";
export type { PiiEntity, PiiType, ScanOptions } from "./pii-types.ts";
export { piiTypes } from "./pii-types.ts";
export type { Pseudonymized, PseudonymizeOptions, RestoreOptions } from "./pseudonymize.ts";
export { pseudonymize, restore } from "./pseudonymize.ts";
export { scan } from "./scan.ts";
export type { TokenComparison, TokenOccurrence } from "./tokens.ts";
export { compareTokens, findTokens, formatToken, tokenPattern } from "./tokens.ts";
export type { SerializedVault, VaultEntry } from "./vault.ts";
export { PiiVault } from "./vault.ts";
