import { latestDecision } from "../frontier-consent/consent-storage.ts";

/** What `analytics-consent` says: the page's own consent manager decided, or "" to ask `<frontier-consent>`. */
export type AnalyticsConsent = "" | "granted" | "denied";

/**
 * Whether the visitor allows measuring (storefront events, A/B experiments): the page's explicit answer when it
 * gives one, else the latest choice recorded by `<frontier-consent>` for the first market of the chain the visitor
 * answered in, granted when it holds `purpose`.
 */
export function analyticsAllowed(explicit: AnalyticsConsent, markets: readonly string[], purpose: string): boolean {
  if (explicit === "granted") return true;
  if (explicit === "denied") return false;
  for (const market of markets) {
    const granted = latestDecision(market);
    if (granted !== undefined) return granted.includes(purpose);
  }
  return false;
}
