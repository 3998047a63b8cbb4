import type { MarketProfile } from "../profile/types.ts";

/** Every market profile, in the order of `marketLocales`. A new market is a new file imported here. */
export const profiles: readonly MarketProfile[] = [];
