import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import {
  blackFriday,
  currency,
  dates,
  familyDay,
  fathersDayThirdSundayOfJune,
  fixed,
  nth,
  numbers,
  sunday,
} from "./shared.ts";

export const panama: MarketProfile = {
  version: "1.0.0",
  locale: "es-PA",
  country: "PA",
  name: "Panama",
  names: ["panama"],
  language: { code: "es", name: "Panamanian Spanish" },
  role: "target",
  currency: currency("PAB", "B/.\u00a01,299.50", [
    { code: "USD", note: "circulates at par with the balboa; prices are often in USD" },
  ]),
  numbers: numbers(".", ",", "B/.\u00a01,234,567.89", "15.5%"),
  dates: dates("MDY", "/", "11/28/25"),
  formality: {
    level: "neutral",
    note: "Tú in consumer copy; usted for formal contexts.",
    source: unsourced(),
  },
  address: {
    default: "tu",
    useUstedWhen: ["formal service", "older audiences", "financial products"],
    plural: "ustedes",
    notes: "Short dates are month-first (11/28/25).",
    source: unsourced(),
  },
  communicationStyle: { text: "Friendly and cosmopolitan; English loanwords are common.", source: unsourced() },
  culturalNotes: [{ text: "Short dates are written month first.", source: unsourced("fact base §1, re-computed") }],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "Instagram", use: "social and ads", source: unsourced() },
  ],
  colourAssociations: [{ colour: "red, white and blue", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "yappy",
      phrase: "paga con Yappy",
      variants: ["yappy"],
      kind: "wallet",
      rail: "Yappy mobile wallet",
      market: "PA",
      note: "Not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", fixed(12, 8), sourced("S124")),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", nth(7, sunday, 3), sourced("S135")),
  ],
  legalReferences: ["PA"],
};
