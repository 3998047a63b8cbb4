import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import { blackFriday, currency, dates, familyDay, fixed, numbers } from "./shared.ts";

export const guatemala: MarketProfile = {
  version: "1.0.0",
  locale: "es-GT",
  country: "GT",
  name: "Guatemala",
  names: ["guatemala"],
  language: { code: "es", name: "Guatemalan Spanish" },
  role: "target",
  currency: currency("GTQ", "Q\u00a01,299.50"),
  numbers: numbers(".", ",", "Q\u00a01,234,567.89", "15.5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Brands choose among vos, tú and usted; usted in professional contexts and some premium segments.",
    source: sourced("S44,S45"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["professional services", "premium segments", "older audiences"],
    plural: "ustedes",
    notes: "Voseo may appear in casual written copy aimed at young locals; never mix forms.",
    source: sourced("S44,S45", "tú as written default follows S44; S45 documents the vos/tú/usted choice"),
  },
  communicationStyle: { text: "Respectful and warm; indirect requests.", source: unsourced() },
  culturalNotes: [{ text: 'Soft drinks are "aguas" and corner shops "tiendas".', source: sourced("S44") }],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
  ],
  colourAssociations: [{ colour: "blue and white", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "cuotas",
      phrase: "en cuotas",
      variants: ["visacuotas"],
      kind: "installments",
      rail: "credit cards",
      market: "GT",
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
  legalReferences: ["GT"],
};
