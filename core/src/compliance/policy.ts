import type { Jurisdiction, TransferBasis } from "./compliance-data.ts";

/** What a tenant has decided about sending text to third-party models. */
export interface TenantComplianceSettings {
  /** "forbidden": never send anything (even pseudonymized) to a provider outside the merchant's infrastructure. */
  crossBorderTransfer?: "allowed" | "forbidden";
  /** Set to false to send raw text; allowed only with a transfer basis the market's law accepts. Default true. */
  pseudonymize?: boolean;
  /** Transfer bases the tenant has in place with its model providers (signed clauses, collected consent …). */
  transferBases?: readonly TransferBasis[];
}

/**
 * Providers that keep text inside the merchant's infrastructure: the offline rules provider and an
 * OpenAI-compatible server the merchant runs (Ollama, vLLM, llama.cpp). Everything else is a third party.
 */
export const localProviders: readonly string[] = ["rules", "compatible"];

export type PolicyDecision = "allow" | "allow-with-pseudonymization" | "refuse";

export type PolicyReasonCode =
  | "local-provider"
  | "tenant-forbids-transfer"
  | "pseudonymized"
  | "transfer-basis-in-place"
  | "no-transfer-basis"
  | "no-data-protection-law"
  | "unknown-market";

export interface PolicyResult {
  decision: PolicyDecision;
  code: PolicyReasonCode;
  reason: string;
  /** The law applied, with its sources, when the market is known. */
  law?: { title: string; sources: readonly string[]; verified: boolean };
}

export interface PolicyInput {
  tenantSettings: TenantComplianceSettings;
  market: string;
  provider: string;
  jurisdictions: Readonly<Record<string, Jurisdiction>>;
}

function lawOf(jurisdiction: Jurisdiction): PolicyResult["law"] {
  const { title, sources, verified } = jurisdiction.law;
  const transfer = jurisdiction.crossBorderTransfer;
  return { title, sources: [...new Set([...sources, ...transfer.sources])], verified: verified && transfer.verified };
}

/**
 * Decides whether text for a market may go to a provider, and how:
 * 1. local providers ("rules", "compatible") → allow: nothing leaves the merchant's infrastructure;
 * 2. a tenant that forbids cross-border transfer → refuse;
 * 3. pseudonymization on (the default) → allow-with-pseudonymization: tokens, not personal data, travel;
 * 4. pseudonymization off → allow only if the tenant has a transfer basis the market's law accepts (or the market
 *    has no data-protection law), else refuse naming what the law asks for.
 */
export function policy(input: PolicyInput): PolicyResult {
  const { tenantSettings, provider } = input;
  const market = input.market.toUpperCase();
  if (localProviders.includes(provider)) {
    return {
      decision: "allow",
      code: "local-provider",
      reason: `Provider "${provider}" keeps text in the merchant's infrastructure.`,
    };
  }
  if (tenantSettings.crossBorderTransfer === "forbidden") {
    return {
      decision: "refuse",
      code: "tenant-forbids-transfer",
      reason: `The tenant forbids sending text to third-party providers; use "rules" or a local "compatible" server instead of "${provider}".`,
    };
  }
  const jurisdiction = input.jurisdictions[market];
  if (tenantSettings.pseudonymize !== false) {
    return {
      decision: "allow-with-pseudonymization",
      code: "pseudonymized",
      reason: `Personal data is replaced by tokens before the text reaches "${provider}" and restored afterwards.`,
      ...(jurisdiction ? { law: lawOf(jurisdiction) } : {}),
    };
  }
  if (!jurisdiction) {
    return {
      decision: "refuse",
      code: "unknown-market",
      reason: `No data-protection data for market ${market}: raw personal data is not sent; enable pseudonymization.`,
    };
  }
  const transfer = jurisdiction.crossBorderTransfer;
  if (jurisdiction.law.status === "no-comprehensive-law") {
    return {
      decision: "allow",
      code: "no-data-protection-law",
      reason: `${jurisdiction.name} has no comprehensive data-protection law (${jurisdiction.law.title}).`,
      law: lawOf(jurisdiction),
    };
  }
  const held = tenantSettings.transferBases ?? [];
  const basis = transfer.acceptedBases.find(
    (accepted) => held.includes(accepted) || (accepted === "adequacy" && transfer.usAdequate === true),
  );
  if (basis) {
    return {
      decision: "allow",
      code: "transfer-basis-in-place",
      reason: `Transfer to "${provider}" rests on ${basis} under ${jurisdiction.law.title}.`,
      law: lawOf(jurisdiction),
    };
  }
  const needed =
    transfer.acceptedBases.length > 0 ? transfer.acceptedBases.join(" or ") : "a basis the law does not list";
  return {
    decision: "refuse",
    code: "no-transfer-basis",
    reason: `Sending raw personal data from ${jurisdiction.name} to "${provider}" needs ${needed} (${transfer.summary}) Enable pseudonymization or record the basis in the tenant settings.`,
    law: lawOf(jurisdiction),
  };
}
