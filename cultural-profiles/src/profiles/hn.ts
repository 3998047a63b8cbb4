import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, nth, numbers, sunday } from "./shared.ts";

export const honduras: MarketProfile = {
  version: "1.0.0",
  locale: "es-HN",
  country: "HN",
  name: "Honduras",
  names: ["honduras"],
  language: { code: "es", name: "Honduran Spanish" },
  role: "target",
  currency: currency("HNL", "L\u00a01,299.50"),
  numbers: numbers(".", ",", "L\u00a01,234,567.89", "15.5%"),
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
  communicationStyle: { text: "Friendly and respectful.", source: unsourced() },
  culturalNotes: [{ text: 'Soft drinks are "frescos" and corner shops "pulperías".', source: sourced("S44") }],
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
      market: "HN",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", nth(5, sunday, 2), sourced("S125")),
    familyDay("fathers-day", "Día del Padre", fixed(3, 19), sourced("S127,S128", "decreed in 1959")),
    familyDay("childrens-day", "Día del Niño", fixed(9, 10), sourced("S135")),
  ],
  legalReferences: ["HN"],
};
