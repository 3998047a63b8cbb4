import type { ClaimRule, Jurisdiction } from "./compliance-data.ts";
import { parseClaimRules, parseJurisdictions } from "./compliance-data.ts";

/**
 * Loads the real compliance data of @frontier-ai/cultural-profiles for tests, parsed with the schemas the server
 * uses at its edge. It is read by URL because the data package's index does not re-export it yet; once it does,
 * this becomes a plain import from "@frontier-ai/cultural-profiles".
 */
export async function loadComplianceData(): Promise<{
  jurisdictions: Readonly<Record<string, Jurisdiction>>;
  claimRules: readonly ClaimRule[];
}> {
  const url = new URL("../../../cultural-profiles/src/compliance/index.ts", import.meta.url);
  const data: unknown = await import(url.href);
  if (typeof data !== "object" || data === null || !("jurisdictions" in data) || !("claimRules" in data)) {
    throw new Error("cultural-profiles compliance data has no jurisdictions/claimRules exports");
  }
  return { jurisdictions: parseJurisdictions(data.jurisdictions), claimRules: parseClaimRules(data.claimRules) };
}
