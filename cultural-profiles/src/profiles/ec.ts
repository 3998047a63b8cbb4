import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import {
  blackFriday,
  currency,
  dates,
  familyDay,
  fathersDayThirdSundayOfJune,
  fixed,
  mothersDaySecondSundayOfMay,
  nth,
  numbers,
  sunday,
} from "./shared.ts";

export const ecuador: MarketProfile = {
  version: "1.0.0",
  locale: "es-EC",
  country: "EC",
  name: "Ecuador",
  names: ["ecuador"],
  language: { code: "es", name: "Ecuadorian Spanish" },
  role: "target",
  currency: currency("USD", "$1.299,50"),
  numbers: numbers(",", ".", "$1.234.567,89", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú in consumer copy; usted common in the Sierra and in formal contexts.",
    source: sourced("S49", "Ecuador-specific usage not sourced"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["financial products", "older audiences", "formal service"],
    plural: "ustedes",
    notes: "Prices are in US dollars written with a decimal comma ($1.299,50).",
    source: sourced("S49"),
  },
  communicationStyle: { text: "Polite and warm; courtesy formulas are expected.", source: unsourced() },
  culturalNotes: [
    { text: "The US dollar is the currency.", source: unsourced("fact base §1 tags this as background knowledge") },
  ],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "Mercado Libre", use: "marketplace", source: unsourced() },
  ],
  colourAssociations: [{ colour: "yellow, blue and red", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "diferido",
      phrase: "pago diferido",
      variants: ["cuotas", "diferido sin intereses"],
      kind: "installments",
      rail: "credit cards",
      market: "EC",
      note: "Card purchases deferred over months.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by Ecuadorian retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de la Madre", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", fixed(6, 1), sourced("S134,S135")),
  ],
  legalReferences: ["EC"],
};
