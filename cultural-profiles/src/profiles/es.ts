import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, nth, numbers, sunday } from "./shared.ts";

export const spain: MarketProfile = {
  version: "1.0.0",
  locale: "es-ES",
  country: "ES",
  name: "Spain",
  names: ["spain", "espana"],
  language: { code: "es", name: "European Spanish" },
  role: "contrast",
  currency: currency("EUR", "1299,50\u00a0€"),
  numbers: numbers(",", ".", "1.234.567,89\u00a0€", "15,5\u00a0%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "informal",
    note: "Tuteo is very widespread in brand copy; usted is receding.",
    source: sourced("S50,S51"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["banking and insurance", "public administration", "older audiences"],
    plural: "vosotros",
    notes: "The only market with vosotros; Latin American copy uses ustedes. 4-digit amounts have no group separator.",
    source: sourced("S50,S51", "vosotros as plural default is background knowledge"),
  },
  communicationStyle: {
    text: "Direct and informal; humour and wordplay are common; Spain is the source variant Frontier adapts from.",
    source: unsourced(),
  },
  culturalNotes: [{ text: "Rebajas (January and July sales) structure the retail year.", source: unsourced() }],
  preferredPlatforms: [
    { name: "Amazon.es", use: "marketplace", source: unsourced() },
    { name: "Instagram", use: "social and ads", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
  ],
  colourAssociations: [{ colour: "red and yellow", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "a-plazos",
      phrase: "a plazos",
      variants: ["paga a plazos", "financiación sin intereses"],
      kind: "installments",
      rail: "card and consumer-credit financing",
      market: "ES",
      note: "Spain's wording for paying in instalments.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday(),
    familyDay("mothers-day", "Día de la Madre", nth(5, sunday, 1), sourced("S124")),
    familyDay("fathers-day", "Día del Padre", fixed(3, 19), sourced("S127,S128")),
  ],
  legalReferences: ["ES"],
};
