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

export const chile: MarketProfile = {
  version: "1.0.0",
  locale: "es-CL",
  country: "CL",
  name: "Chile",
  names: ["chile"],
  language: { code: "es", name: "Chilean Spanish" },
  role: "target",
  currency: currency("CLP", "$1.300"),
  numbers: numbers(",", ".", "$1.234.568", "15,5%"),
  dates: dates("DMY", "-", "28-11-25"),
  formality: {
    level: "neutral",
    note: "Tú in consumer copy; usted for financial services and older audiences. Spoken Chilean voseo (podís) is not for brand copy.",
    source: sourced("S49", "Chile-specific usage not sourced"),
  },
  address: {
    default: "tu",
    useUstedWhen: ["financial and insurance products", "older or unknown audiences", "formal service"],
    plural: "ustedes",
    notes: "Prices have no decimals (CLP has 0 fraction digits).",
    source: sourced("S49"),
  },
  communicationStyle: { text: "Measured and friendly; understatement over hype.", source: unsourced() },
  culturalNotes: [
    {
      text: 'Delivery is "despacho" and store pick-up "retiro en tienda"; SERNAC watches CyberDay prices, stock and delivery times.',
      source: sourced("S89,S90,S122"),
    },
    { text: "The CCS e-commerce code asks members to disclose AI-generated advertising.", source: sourced("S123") },
  ],
  preferredPlatforms: [
    { name: "Mercado Libre", use: "marketplace", source: unsourced() },
    { name: "Falabella", use: "retailer and marketplace", source: unsourced() },
    { name: "Instagram", use: "social and ads", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
  ],
  colourAssociations: [
    { colour: "red, white and blue", meaning: "national colours (Fiestas Patrias)", source: unsourced() },
  ],
  paymentIdioms: [
    {
      id: "pago-en-cuotas",
      phrase: "pago en cuotas",
      variants: ["cuotas sin interés", "en cuotas"],
      kind: "installments",
      rail: "credit cards (debit cards cannot pay in cuotas)",
      market: "CL",
      note: "Some merchants surcharge card or cuotas payments against transfers.",
      source: sourced("S86"),
    },
    {
      id: "cae",
      phrase: "CAE (Carga Anual Equivalente)",
      variants: ["cae", "carga anual equivalente"],
      kind: "cost-disclosure",
      rail: "credit advertising",
      market: "CL",
      note: "Cost-of-credit acronym to keep verbatim.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    {
      id: "cyberday-june",
      name: "CyberDay",
      kind: "shopping",
      rule: {
        kind: "per-year",
        editions: {
          "2025": {
            start: "2025-06-02",
            end: "2025-06-04",
            source: sourced("S122", "ended 4 June; the start assumes the usual three days"),
          },
        },
        estimate: nth(6, 1, 1),
      },
      durationDays: 3,
      organiser: "Cámara de Comercio de Santiago",
      source: sourced("S122"),
    },
    {
      id: "cyberday-october",
      name: "CyberDay",
      kind: "shopping",
      rule: {
        kind: "per-year",
        editions: { "2025": { start: "2025-10-06", end: "2025-10-08", source: sourced("S122,S123") } },
        estimate: nth(10, 1, 1),
      },
      durationDays: 3,
      organiser: "Cámara de Comercio de Santiago",
      source: sourced("S122,S123"),
    },
    blackFriday(),
    familyDay("mothers-day", "Día de la Madre", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", nth(8, sunday, 2), sourced("S133,S134")),
  ],
  legalReferences: ["CL"],
};
