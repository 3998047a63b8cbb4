import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
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

export const puertoRico: MarketProfile = {
  version: "1.0.0",
  locale: "es-PR",
  country: "PR",
  name: "Puerto Rico",
  names: ["puerto_rico"],
  language: { code: "es", name: "Puerto Rican Spanish" },
  role: "target",
  currency: currency("USD", "$1,299.50"),
  numbers: numbers(".", ",", "$1,234,567.89", "15.5%"),
  dates: dates("MDY", "/", "11/28/25"),
  formality: {
    level: "informal",
    note: "Tú in consumer copy; English loanwords are common.",
    source: unsourced(),
  },
  address: {
    default: "tu",
    useUstedWhen: ["formal service", "older audiences"],
    plural: "ustedes",
    notes: "Short dates are month-first (11/28/25).",
    source: unsourced(),
  },
  communicationStyle: { text: "Warm and bilingual; Spanglish is acceptable in casual copy.", source: unsourced() },
  culturalNotes: [{ text: "US federal rules apply alongside local law.", source: unsourced() }],
  preferredPlatforms: [
    { name: "Amazon", use: "marketplace", source: unsourced() },
    { name: "Facebook", use: "social", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
  ],
  colourAssociations: [{ colour: "red, white and blue", meaning: "flag colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "ath-movil",
      phrase: "ATH Móvil",
      variants: ["ath movil"],
      kind: "wallet",
      rail: "ATH Móvil person-to-person payments",
      market: "PR",
      note: "Not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", nth(8, sunday, 2), sourced("S135")),
  ],
  legalReferences: ["PR", "US"],
};
