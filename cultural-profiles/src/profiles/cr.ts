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

export const costaRica: MarketProfile = {
  version: "1.0.0",
  locale: "es-CR",
  country: "CR",
  name: "Costa Rica",
  names: ["costa_rica"],
  language: { code: "es", name: "Costa Rican Spanish" },
  role: "target",
  currency: currency("CRC", "₡1\u00a0299,50"),
  numbers: numbers(",", "\u00a0", "₡1\u00a0234\u00a0567,89", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú in writing and media; usted dominates speech, also among peers, and is rising among the young.",
    source: sourced("S44,S47,S48"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["service and support", "older audiences", "brands that speak like locals (ustedeo is warm here)"],
    plural: "ustedes",
    notes: "Group separator is a no-break space (₡1 299,50).",
    source: sourced("S44,S47,S48"),
  },
  communicationStyle: { text: "Friendly, polite and positive (pura vida).", source: unsourced() },
  culturalNotes: [
    { text: 'Corner shops are "pulperías"; soft drinks "gaseosas" or "refrescos".', source: sourced("S44") },
  ],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "Instagram", use: "social and ads", source: unsourced() },
  ],
  colourAssociations: [{ colour: "blue, white and red", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "tasa-cero",
      phrase: "tasa cero",
      variants: ["cuotas"],
      kind: "interest-free-installments",
      rail: "credit cards",
      market: "CR",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", fixed(8, 15), sourced("S124")),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", fixed(9, 9), sourced("S135")),
  ],
  legalReferences: ["CR"],
};
