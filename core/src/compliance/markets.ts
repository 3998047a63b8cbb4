import type { PiiType } from "./pii-types.ts";

/** The market each identifier belongs to; e-mails, phones, cards and IBANs belong to none. */
export const marketOfType: Partial<Record<PiiType, string>> = {
  CPF: "BR",
  CNPJ: "BR",
  RUT: "CL",
  CURP: "MX",
  RFC: "MX",
  CLABE: "MX",
  DNI_AR: "AR",
  CUIT: "AR",
  NIT: "CO",
  CEDULA_CO: "CO",
  DNI_PE: "PE",
  RUC_PE: "PE",
  CI_UY: "UY",
};

/** Rank of a type's market in the caller's list; types of unlisted markets come after, in their own order. */
export function marketRank(type: PiiType, markets: readonly string[] | undefined): number {
  const market = marketOfType[type];
  if (!markets || market === undefined) return 0;
  const index = markets.indexOf(market);
  return index === -1 ? markets.length : index;
}

/** Weak identifiers are only looked for in the caller's markets (all when none are given). */
export function marketAllowed(type: PiiType, markets: readonly string[] | undefined): boolean {
  const market = marketOfType[type];
  return !markets || market === undefined || markets.includes(market);
}
