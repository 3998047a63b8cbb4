import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import {
  blackFriday,
  currency,
  dates,
  familyDay,
  fathersDayThirdSundayOfJune,
  mothersDaySecondSundayOfMay,
  nth,
  numbers,
  sunday,
} from "./shared.ts";

export const venezuela: MarketProfile = {
  version: "1.0.0",
  locale: "es-VE",
  country: "VE",
  name: "Venezuela",
  names: ["venezuela"],
  language: { code: "es", name: "Venezuelan Spanish" },
  role: "target",
  currency: currency("VES", "Bs.S\u00a01.299,50", [
    { code: "USD", note: "prices are often quoted in US dollars; not sourced" },
  ]),
  numbers: numbers(",", ".", "Bs.S\u00a01.234.567,89", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú in consumer copy; the Andes are more formal.",
    source: sourced("S49", "Venezuela-specific usage not sourced"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["Andean audiences", "financial products", "older audiences"],
    plural: "ustedes",
    notes: "Voseo survives in Zulia speech; not for national brand copy.",
    source: sourced("S49"),
  },
  communicationStyle: { text: "Expressive and warm; humour is welcome.", source: unsourced() },
  culturalNotes: [
    {
      text: "The VES symbol differs between ICU versions; pin it in tests.",
      source: unsourced("fact base §1 and §10 note ICU-dependent output"),
    },
  ],
  preferredPlatforms: [
    { name: "Instagram", use: "social commerce", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging and sales", source: unsourced() },
  ],
  colourAssociations: [{ colour: "yellow, blue and red", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "pago-movil",
      phrase: "pago móvil",
      variants: [],
      kind: "instant-payment",
      rail: "interbank mobile payments",
      market: "VE",
      note: "Not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by Venezuelan retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de la Madre", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", nth(7, sunday, 3), sourced("S134,S135", "S136 says June")),
  ],
  legalReferences: ["VE"],
};
