/** Every kind of personal data the scanner reports; the name is also the label inside a token (⟦CPF_1⟧). */
export const piiTypes = [
  "CPF",
  "CNPJ",
  "RUT",
  "CURP",
  "RFC",
  "DNI_AR",
  "CUIT",
  "NIT",
  "CEDULA_CO",
  "DNI_PE",
  "RUC_PE",
  "CI_UY",
  "CLABE",
  "CARD",
  "IBAN",
  "EMAIL",
  "PHONE",
] as const;

export type PiiType = (typeof piiTypes)[number];

/** A piece of personal data found in a text: `text.slice(start, end) === value`. */
export interface PiiEntity {
  type: PiiType;
  value: string;
  start: number;
  end: number;
}

/** Markets the identifier detectors know (ISO 3166-1 alpha-2). */
export type IdentifierMarket = "BR" | "CL" | "MX" | "AR" | "CO" | "PE" | "UY";

export interface ScanOptions {
  /**
   * Markets the text is about, most likely first. They order the guesses when one printed number is valid in
   * several systems (a "1.234.567-8" can be a Chilean RUT and a Uruguayan CI), restrict the weak identifiers, and
   * are tried first as default countries for phone numbers written without "+". Default: every market.
   */
  markets?: readonly string[];
  /** Types to report; default all. */
  types?: readonly PiiType[];
}
