import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import {
  blackFriday,
  currency,
  dates,
  familyDay,
  mothersDaySecondSundayOfMay,
  nth,
  numbers,
  sunday,
} from "./shared.ts";

export const uruguay: MarketProfile = {
  version: "1.0.0",
  locale: "es-UY",
  country: "UY",
  name: "Uruguay",
  names: ["uruguay"],
  language: { code: "es", name: "Rioplatense Spanish" },
  role: "target",
  currency: currency("UYU", "$\u00a01.299,50"),
  numbers: numbers(",", ".", "$\u00a01.234.567,89", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "informal",
    note: "Ad agencies moved to voseo imperatives (vení, tomá, conocé).",
    source: sourced("S41,S42"),
  },
  address: {
    default: "vos",
    useUstedWhen: ["legal notices", "formal service", "older audiences"],
    plural: "ustedes",
    notes: "Voseo verb forms as in Argentina.",
    source: sourced("S41,S42"),
  },
  communicationStyle: {
    text: "Understated and friendly; close to Argentine copy in form, calmer in tone.",
    source: unsourced(),
  },
  culturalNotes: [{ text: "Remote purchases can be withdrawn within 5 business days.", source: sourced("S237") }],
  preferredPlatforms: [
    { name: "Mercado Libre", use: "marketplace", source: unsourced() },
    { name: "PedidosYa", use: "delivery", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
  ],
  colourAssociations: [{ colour: "celeste (sky blue)", meaning: "national team", source: sourced("S42") }],
  paymentIdioms: [
    {
      id: "cuotas",
      phrase: "en cuotas",
      variants: ["cuotas sin recargo"],
      kind: "installments",
      rail: "credit cards",
      market: "UY",
      note: "Wording not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by Uruguayan retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de la Madre", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(7, sunday, 2), sourced("S128", "source text truncated")),
    familyDay(
      "childrens-day",
      "Día del Niño",
      nth(8, sunday, 2),
      sourced("S134", "commercial date; official 6 January; S136 says 9 August"),
    ),
  ],
  legalReferences: ["UY"],
};
