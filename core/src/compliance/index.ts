// Compliance: personal-data detection and pseudonymization, protection at rest, consent and data-subject
// requests, the cross-border policy per jurisdiction and advertising-claims checks. See README.md.

export type { ClaimFinding } from "./claims.ts";
export { checkClaims, marketOfLocale } from "./claims.ts";
export type { ClaimRule, Jurisdiction, TransferBasis } from "./compliance-data.ts";
export {
  ComplianceDataError,
  claimRuleSchema,
  jurisdictionSchema,
  parseClaimRules,
  parseJurisdictions,
  transferBases,
} from "./compliance-data.ts";
export type {
  AuditAction,
  AuditEntry,
  ComplianceStore,
  ConsentRecord,
  SubjectRecord,
} from "./compliance-store.ts";
export type { ComplianceContext, SubjectExport } from "./consent.ts";
export {
  ComplianceInputError,
  eraseSubject,
  exportSubject,
  hasConsent,
  recordConsent,
  subjectHash,
  withdrawConsent,
} from "./consent.ts";
export { defaultPhoneCountries as scanMarkets } from "./detect-phones.ts";
export type { Detection, Evidence } from "./detection.ts";
export type { EncryptedRecord, EncryptionErrorCode, EnvelopeCipher, MasterKey } from "./encryption.ts";
export { createEnvelopeCipher, EncryptionError, parseMasterKeys } from "./encryption.ts";
export { PiiRestoreError, PiiVaultError } from "./errors.ts";
export { InMemoryComplianceStore } from "./in-memory-compliance-store.ts";
export type { PiiEntity, PiiType, ScanOptions } from "./pii-types.ts";
export { piiTypes } from "./pii-types.ts";
export type {
  PolicyDecision,
  PolicyInput,
  PolicyReasonCode,
  PolicyResult,
  TenantComplianceSettings,
} from "./policy.ts";
export { localProviders, policy } from "./policy.ts";
export type { Pseudonymized, PseudonymizeOptions, RestoreOptions } from "./pseudonymize.ts";
export { pseudonymize, restore } from "./pseudonymize.ts";
export type { RetainedKind, RetainedRecord } from "./retention.ts";
export { defaultRetentionDays, isPastRetention, retentionDays } from "./retention.ts";
export { resolveOverlaps, scan } from "./scan.ts";
export type { TokenComparison, TokenOccurrence } from "./tokens.ts";
export { compareTokens, findTokens, formatToken, tokenPattern } from "./tokens.ts";
export type { SerializedVault, VaultEntry } from "./vault.ts";
export { PiiVault } from "./vault.ts";
export { decryptVault, encryptVault } from "./vault-storage.ts";
