import { claimRules, jurisdictions } from "@frontier-ai/cultural-profiles";
import type { ClaimRule, Jurisdiction } from "./compliance-data.ts";
import { parseClaimRules, parseJurisdictions } from "./compliance-data.ts";

/** The real compliance data of @frontier-ai/cultural-profiles for tests, parsed with the schemas the server uses. */
export async function loadComplianceData(): Promise<{
  jurisdictions: Readonly<Record<string, Jurisdiction>>;
  claimRules: readonly ClaimRule[];
}> {
  return { jurisdictions: parseJurisdictions(jurisdictions), claimRules: parseClaimRules(claimRules) };
}
