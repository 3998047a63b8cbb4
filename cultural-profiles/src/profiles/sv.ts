import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, numbers } from "./shared.ts";

export const elSalvador: MarketProfile = {
  version: "1.0.0",
  locale: "es-SV",
  country: "SV",
  name: "El Salvador",
  names: ["el_salvador", "salvador"],
  language: { code: "es", name: "Salvadoran Spanish" },
  role: "target",
  currency: currency("USD", "$1,299.50"),
  numbers: numbers(".", ",", "$1,234,567.89", "15.5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú favoured in advertising; tú/usted balance for professional services; voseo reads vernacular.",
    source: sourced("S46"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["professional services", "older audiences", "financial products"],
    plural: "ustedes",
    notes: "Voseo is spontaneous familiar speech, perceived as informal.",
    source: sourced("S46"),
  },
  communicationStyle: { text: "Friendly and direct; tú-based advertising.", source: unsourced() },
  culturalNotes: [
    { text: "The US dollar is the currency.", source: unsourced("fact base §1 tags this as background knowledge") },
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
      variants: ["tasa cero"],
      kind: "installments",
      rail: "credit cards",
      market: "SV",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", fixed(5, 10), sourced("S124,S125")),
    familyDay("fathers-day", "Día del Padre", fixed(6, 17), sourced("S128,S129")),
    familyDay("childrens-day", "Día del Niño", fixed(10, 1), sourced("S135")),
  ],
  legalReferences: ["SV"],
};
