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

export const paraguay: MarketProfile = {
  version: "1.0.0",
  locale: "es-PY",
  country: "PY",
  name: "Paraguay",
  names: ["paraguay"],
  language: { code: "es", name: "Paraguayan Spanish" },
  role: "target",
  currency: currency("PYG", "Gs.\u00a01.300"),
  numbers: numbers(",", ".", "Gs.\u00a01.234.568", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "informal",
    note: "Vos in speech; whether brands write tú or vos is not settled in the sources.",
    source: sourced("S43", "marketing default unsourced"),
  },
  address: {
    default: "vos",
    useUstedWhen: ["formal service", "older audiences", "financial products"],
    plural: "ustedes",
    notes: "Default vos follows speech; verify per brand. Guaraní words are common in casual copy.",
    source: unsourced("S43 covers speech only"),
  },
  communicationStyle: { text: "Friendly and close; bilingual Spanish–Guaraní culture.", source: unsourced() },
  culturalNotes: [{ text: "Mother's Day falls on Independence Day (15 May).", source: sourced("S124") }],
  preferredPlatforms: [
    { name: "Facebook", use: "social and marketplace", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "PedidosYa", use: "delivery", source: unsourced() },
  ],
  colourAssociations: [{ colour: "red, white and blue", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "cuotas",
      phrase: "en cuotas",
      variants: [],
      kind: "installments",
      rail: "credit cards",
      market: "PY",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by Paraguayan retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de la Madre", fixed(5, 15), sourced("S124")),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", fixed(8, 16), sourced("S135", "S136 says 31 May")),
  ],
  legalReferences: ["PY"],
};
