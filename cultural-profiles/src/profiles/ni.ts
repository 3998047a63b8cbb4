import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, numbers } from "./shared.ts";

export const nicaragua: MarketProfile = {
  version: "1.0.0",
  locale: "es-NI",
  country: "NI",
  name: "Nicaragua",
  names: ["nicaragua"],
  language: { code: "es", name: "Nicaraguan Spanish" },
  role: "target",
  currency: currency("NIO", "C$1,299.50"),
  numbers: numbers(".", ",", "C$1,234,567.89", "15.5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú in writing and media; vos in speech; usted formal.",
    source: sourced("S44"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["formal service", "older audiences", "financial products"],
    plural: "ustedes",
    notes: "Vos belongs to speech, not brand copy.",
    source: sourced("S44"),
  },
  communicationStyle: { text: "Warm and familiar.", source: unsourced() },
  culturalNotes: [
    { text: 'Soft drinks are "gaseosas" and corner shops "ventas" or "pulperías".', source: sourced("S44") },
  ],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
  ],
  colourAssociations: [{ colour: "blue and white", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "cuotas",
      phrase: "en cuotas",
      variants: [],
      kind: "installments",
      rail: "credit cards",
      market: "NI",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", fixed(5, 30), sourced("S124")),
    familyDay("fathers-day", "Día del Padre", fixed(6, 23), sourced("S128,S129")),
    familyDay("childrens-day", "Día del Niño", fixed(6, 1), sourced("S134,S135")),
  ],
  legalReferences: ["NI"],
};
