import { creditClaimRules } from "./claims-credit.ts";
import { freeClaimRules } from "./claims-free.ts";
import { healthClaimRules } from "./claims-health.ts";
import type { ClaimRule } from "./types.ts";

/** Every advertising-claims rule, in the order findings are reported. */
export const claimRules: readonly ClaimRule[] = [...creditClaimRules, ...healthClaimRules, ...freeClaimRules];
