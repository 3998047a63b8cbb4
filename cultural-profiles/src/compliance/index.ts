// Compliance data: data-protection law per market and advertising-claims rules, each fact with its sources.
export { claimRules } from "./claims.ts";
export { jurisdictions } from "./jurisdictions/index.ts";
export { complianceSources } from "./sources.ts";
export type { ClaimRule, Jurisdiction, Sourced, TransferBasis } from "./types.ts";
