// Market data: profiles, lexicon, calendars and laws. Data only; the engine lives in @frontier-ai/core.
export { avoidTerms } from "./avoid/index.ts";
export type { AvoidEntry, AvoidSeverity } from "./avoid/types.ts";
export { occurrenceOf } from "./calendar/occurrence.ts";
export type {
  AnnouncedEdition,
  DateRule,
  EventOccurrence,
  FixedDateRule,
  Month,
  NthWeekdayRule,
  PerYearRule,
  RetailEvent,
  RetailEventKind,
  Weekday,
} from "./calendar/types.ts";
export * from "./compliance/index.ts";
export { UnknownMarketError } from "./errors.ts";
export { lexicon } from "./lexicon/index.ts";
export { countLexiconSources, type LexiconSourceCounts } from "./lexicon/stats.ts";
export type {
  Gender,
  GrammaticalNumber,
  LexiconCell,
  LexiconConcept,
  LexiconDomain,
  LexiconTerm,
  PartOfSpeech,
  SameAsGeneric,
} from "./lexicon/types.ts";
export { isLexiconTerm, lexiconDomains, termFor } from "./lexicon/types.ts";
export { getProfile, listProfiles, resolveMarket, supportedMarketQueries } from "./lookup.ts";
export type { CountryCode, MarketLocale } from "./markets.ts";
export { isMarketLocale, marketLocales } from "./markets.ts";
export type {
  AddressConvention,
  AddressForm,
  ColourAssociation,
  CulturalNote,
  CurrencyConvention,
  DateConvention,
  DateOrder,
  Formality,
  FormalityConvention,
  JurisdictionId,
  MarketProfile,
  NumberConvention,
  PaymentIdiom,
  PaymentIdiomKind,
  PlatformPreference,
  PluralAddressForm,
} from "./profile/types.ts";
export type { Source } from "./source.ts";
export { auditSources, type SourceAudit } from "./source-audit.ts";
export { sourceCatalog } from "./sources.ts";
