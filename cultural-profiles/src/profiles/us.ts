import type { MarketProfile } from "../profile/types.ts";
import { computed, unsourced } from "../source.ts";
import {
  blackFriday,
  currency,
  dates,
  familyDay,
  fathersDayThirdSundayOfJune,
  mothersDaySecondSundayOfMay,
  nth,
  numbers,
  sunday,
} from "./shared.ts";

export const usHispanic: MarketProfile = {
  version: "1.0.0",
  locale: "es-US",
  country: "US",
  name: "United States (Hispanic)",
  names: ["united_states", "estados_unidos", "usa", "us_hispanic"],
  language: { code: "es", name: "US Spanish" },
  role: "target",
  currency: currency("USD", "$1,299.50"),
  numbers: numbers(".", ",", "$1,234,567.89", "15.5%"),
  dates: dates("DMY", "/", "28/11/2025"),
  formality: {
    level: "neutral",
    note: "Tú in consumer copy; usted for older or formal audiences.",
    source: unsourced(),
  },
  address: {
    default: "tu",
    useUstedWhen: ["older audiences", "financial and insurance products", "health services"],
    plural: "ustedes",
    notes: "Audiences come from many countries: prefer broadly understood terms.",
    source: unsourced(),
  },
  communicationStyle: {
    text: "Neutral Latin American Spanish in a bilingual context; avoid country-specific slang.",
    source: unsourced(),
  },
  culturalNotes: [
    {
      text: "ICU writes es-US short dates day first (28/11/2025) although US English is month first.",
      source: unsourced("fact base §1, re-computed"),
    },
  ],
  preferredPlatforms: [
    { name: "Amazon", use: "marketplace", source: unsourced() },
    { name: "Facebook", use: "social", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "YouTube", use: "video", source: unsourced() },
  ],
  colourAssociations: [{ colour: "red, white and blue", meaning: "flag colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "pagos-mensuales",
      phrase: "pagos mensuales",
      variants: ["paga en cuotas"],
      kind: "installments",
      rail: "cards and buy-now-pay-later services",
      market: "US",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    {
      id: "cyber-monday",
      name: "Cyber Monday",
      kind: "shopping",
      rule: nth(11, 4, 4, 4),
      durationDays: 1,
      source: computed("4th Thursday of November + 4 days"),
    },
    blackFriday(),
    familyDay("mothers-day", "Día de las Madres", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
  ],
  legalReferences: ["US"],
};
