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

export const colombia: MarketProfile = {
  version: "1.0.0",
  locale: "es-CO",
  country: "CO",
  name: "Colombia",
  names: ["colombia"],
  language: { code: "es", name: "Colombian Spanish" },
  role: "target",
  currency: currency("COP", "$\u00a01.300"),
  numbers: numbers(",", ".", "$\u00a01.234.568", "15,5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "neutral",
    note: "Tú in most consumer copy, but usted is used widely in speech, also between friends.",
    source: sourced("S49", "Colombia-specific usage not sourced"),
  },
  address: {
    default: "tu",
    useUstedWhen: [
      "financial services",
      "customer service",
      "older audiences",
      "brands speaking as a neighbour (ustedeo is warm here)",
    ],
    plural: "ustedes",
    notes: 'Prices usually have no decimals (COP 0 fraction digits). "Coche" may mean a baby stroller.',
    source: sourced("S49"),
  },
  communicationStyle: { text: "Courteous and warm; polite formulas (con gusto, a la orden).", source: unsourced() },
  culturalNotes: [
    { text: "Father's Day moves when it collides with presidential elections.", source: sourced("S127,S128") },
  ],
  preferredPlatforms: [
    { name: "Mercado Libre", use: "marketplace", source: unsourced() },
    { name: "Falabella", use: "retailer and marketplace", source: unsourced() },
    { name: "Rappi", use: "delivery", source: unsourced() },
    { name: "WhatsApp", use: "customer messaging and sales", source: unsourced() },
  ],
  colourAssociations: [
    { colour: "yellow, blue and red", meaning: "national colours, national team", source: unsourced() },
  ],
  paymentIdioms: [
    {
      id: "pse",
      phrase: "PSE",
      variants: ["pagos seguros en línea", "paga con pse"],
      kind: "bank-transfer",
      rail: "PSE real-time debit from a bank account",
      market: "CO",
      note: "Online-banking redirect, COP only, no chargebacks.",
      source: sourced("S107,S108"),
    },
    {
      id: "cuotas",
      phrase: "a cuotas",
      variants: ["en cuotas", "difiere tu compra"],
      kind: "installments",
      rail: "credit cards",
      market: "CO",
      note: "Card purchases are deferred in cuotas.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by Colombian retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de la Madre", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", nth(4, 6, -1), sourced("S135,S136")),
  ],
  legalReferences: ["CO"],
};
