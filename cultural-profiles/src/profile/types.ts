import type { RetailEvent } from "../calendar/types.ts";
import type { CountryCode, MarketLocale } from "../markets.ts";
import type { Source } from "../source.ts";

/** Singular address form brand copy uses by default. */
export type AddressForm = "tu" | "vos" | "usted" | "voce";

/** Plural address: vosotros only in Spain, ustedes everywhere in Latin America. */
export type PluralAddressForm = "ustedes" | "vosotros" | "voces";

export interface AddressConvention {
  readonly default: AddressForm;
  /** Situations where copy should switch to usted (or o senhor/a senhora in Brazil). */
  readonly useUstedWhen: readonly string[];
  readonly plural: PluralAddressForm;
  readonly notes: string;
  readonly source: Source;
}

export interface CurrencyConvention {
  /** ISO 4217 code of the currency prices are written in. */
  readonly code: string;
  /** Options to pass to `Intl.NumberFormat(locale, options)`. */
  readonly intlOptions: Readonly<Intl.NumberFormatOptions>;
  /** `format(1299.5)` under ICU 78 / CLDR 48; other ICU versions may differ. */
  readonly example: string;
  /** Other currencies seen in the market's prices (USD in Panama) and why. */
  readonly alsoInCirculation?: readonly { readonly code: string; readonly note: string }[];
  readonly source: Source;
}

export interface NumberConvention {
  readonly decimalSeparator: "," | ".";
  /** Group separator; U+00A0 where ICU writes a no-break space (Costa Rica). */
  readonly groupSeparator: "," | "." | "\u00a0";
  /** `format(1234567.891)` with the market's currency. */
  readonly example: string;
  /** `0.155` as a percent with one fraction digit. */
  readonly percentExample: string;
  readonly source: Source;
}

export type DateOrder = "DMY" | "MDY" | "YMD";

export interface DateConvention {
  readonly order: DateOrder;
  readonly separator: "/" | "-" | ".";
  /** 2025-11-28 with `dateStyle: "short"`. */
  readonly shortExample: string;
  readonly source: Source;
}

export type Formality = "informal" | "neutral" | "formal";

export interface FormalityConvention {
  readonly level: Formality;
  readonly note: string;
  readonly source: Source;
}

export type PaymentIdiomKind =
  | "interest-free-installments"
  | "installments"
  | "financing"
  | "cash-voucher"
  | "instant-payment"
  | "bank-transfer"
  | "bank-slip"
  | "wallet"
  | "cost-disclosure";

/** A phrase or payment method that belongs to one market's rail: copy must match the rail it names. */
export interface PaymentIdiom {
  readonly id: string;
  /** How copy writes it ("meses sin intereses", "cuotas sin interés", "parcelado sem juros"). */
  readonly phrase: string;
  /** Other spellings the linter should recognise ("MSI", "a meses"). */
  readonly variants: readonly string[];
  readonly kind: PaymentIdiomKind;
  /** The rail it runs on ("credit card", "OXXO stores", "Pix"). */
  readonly rail: string;
  readonly market: CountryCode;
  readonly note: string;
  readonly source: Source;
}

export interface ColourAssociation {
  readonly colour: string;
  readonly meaning: string;
  readonly source: Source;
}

export interface CulturalNote {
  readonly text: string;
  readonly source: Source;
}

export interface PlatformPreference {
  readonly name: string;
  readonly use: string;
  readonly source: Source;
}

/** Id of a jurisdiction in the compliance data: the ISO 3166-1 alpha-2 code its `jurisdictions` are keyed by. */
export type JurisdictionId = string;

export interface MarketProfile {
  /** Data version of this profile; bump on any change to its facts. */
  readonly version: string;
  readonly locale: MarketLocale;
  readonly country: CountryCode;
  /** English display name ("Argentina", "Dominican Republic"). */
  readonly name: string;
  /** Lowercase names it answers to, as the whitepaper writes them (`mexico`, `brasil`, `brazil`). */
  readonly names: readonly string[];
  readonly language: { readonly code: "es" | "pt"; readonly name: string };
  /** `contrast` for Spain: a source variant Frontier adapts from, not a Latin American target. */
  readonly role: "target" | "contrast";
  readonly currency: CurrencyConvention;
  readonly numbers: NumberConvention;
  readonly dates: DateConvention;
  readonly formality: FormalityConvention;
  readonly address: AddressConvention;
  readonly communicationStyle: CulturalNote;
  readonly culturalNotes: readonly CulturalNote[];
  readonly preferredPlatforms: readonly PlatformPreference[];
  readonly colourAssociations: readonly ColourAssociation[];
  readonly paymentIdioms: readonly PaymentIdiom[];
  readonly retailCalendar: readonly RetailEvent[];
  readonly legalReferences: readonly JurisdictionId[];
}
