import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, nth, numbers, sunday } from "./shared.ts";

export const dominicanRepublic: MarketProfile = {
  version: "1.0.0",
  locale: "es-DO",
  country: "DO",
  name: "Dominican Republic",
  names: ["dominican_republic", "republica_dominicana"],
  language: { code: "es", name: "Dominican Spanish" },
  role: "target",
  currency: currency("DOP", "RD$1,299.50"),
  numbers: numbers(".", ",", "RD$1,234,567.89", "15.5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "informal",
    note: "Tú in consumer copy.",
    source: unsourced(),
  },
  address: {
    default: "tu",
    useUstedWhen: ["formal service", "older audiences", "financial products"],
    plural: "ustedes",
    notes: "Narrow currency display drops the RD; keep RD$ to avoid confusion with USD.",
    source: unsourced(),
  },
  communicationStyle: { text: "Warm, lively and informal.", source: unsourced() },
  culturalNotes: [{ text: 'Corner shops are "colmados".', source: unsourced() }],
  preferredPlatforms: [
    { name: "Instagram", use: "social and ads", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "Facebook", use: "social", source: unsourced() },
  ],
  colourAssociations: [{ colour: "blue, red and white", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "cuotas",
      phrase: "en cuotas",
      variants: [],
      kind: "installments",
      rail: "credit cards",
      market: "DO",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", nth(5, sunday, -1), sourced("S124,S125")),
    familyDay("fathers-day", "Día del Padre", nth(7, sunday, -1), unsourced()),
    familyDay("childrens-day", "Día del Niño", fixed(9, 29), sourced("S135")),
  ],
  legalReferences: ["DO"],
};
