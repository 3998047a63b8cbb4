import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, numbers } from "./shared.ts";

export const bolivia: MarketProfile = {
  version: "1.0.0",
  locale: "es-BO",
  country: "BO",
  name: "Bolivia",
  names: ["bolivia"],
  language: { code: "es", name: "Bolivian Spanish" },
  role: "target",
  currency: currency("BOB", "Bs\u00a01.299,50"),
  numbers: numbers(",", ".", "Bs\u00a01.234.567,89", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú in consumer copy; usted for formal, financial and older audiences.",
    source: sourced("S49", "Bolivia-specific usage not sourced"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["financial products", "older audiences", "formal service"],
    plural: "ustedes",
    notes: "Voseo exists in some regions' speech; not for brand copy.",
    source: sourced("S49"),
  },
  communicationStyle: { text: "Polite and respectful; community and tradition matter.", source: unsourced() },
  culturalNotes: [{ text: "Mother's Day honours the Heroínas de la Coronilla (27 May).", source: sourced("S124") }],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "PedidosYa", use: "delivery", source: unsourced() },
  ],
  colourAssociations: [{ colour: "red, yellow and green", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "qr",
      phrase: "paga con QR",
      variants: ["qr simple"],
      kind: "bank-transfer",
      rail: "bank QR transfers",
      market: "BO",
      note: "Not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by Bolivian retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de la Madre", fixed(5, 27), sourced("S124")),
    familyDay("fathers-day", "Día del Padre", fixed(3, 19), sourced("S127,S128")),
    familyDay("childrens-day", "Día del Niño", fixed(4, 12), sourced("S134,S135")),
  ],
  legalReferences: ["BO"],
};
