import type { MarketProfile } from "../profile/types.ts";
import { sourced, unsourced } from "../source.ts";
import {
  blackFriday,
  currency,
  dates,
  familyDay,
  fathersDayThirdSundayOfJune,
  fixed,
  mothersDaySecondSundayOfMay,
  nth,
  numbers,
  sunday,
} from "./shared.ts";

export const cuba: MarketProfile = {
  version: "1.0.0",
  locale: "es-CU",
  country: "CU",
  name: "Cuba",
  names: ["cuba"],
  language: { code: "es", name: "Cuban Spanish" },
  role: "target",
  currency: currency("CUP", "$1,299.50"),
  numbers: numbers(".", ",", "$1,234,567.89", "15.5%"),
  dates: dates("DMY", "/", "28/11/25"),
  formality: {
    level: "informal",
    note: "Tú in consumer copy.",
    source: unsourced(),
  },
  address: {
    default: "tu",
    useUstedWhen: ["formal service", "older audiences"],
    plural: "ustedes",
    notes: "The CUC was retired in 2021.",
    source: unsourced(),
  },
  communicationStyle: { text: "Warm, expressive and humorous.", source: unsourced() },
  culturalNotes: [
    { text: "International transfers of personal data need prior authorisation.", source: sourced("S204") },
  ],
  preferredPlatforms: [
    { name: "WhatsApp", use: "customer messaging", source: unsourced() },
    { name: "Facebook", use: "social", source: unsourced() },
  ],
  colourAssociations: [{ colour: "blue, white and red", meaning: "national colours", source: unsourced() }],
  paymentIdioms: [
    {
      id: "transfermovil",
      phrase: "Transfermóvil",
      variants: ["enzona"],
      kind: "wallet",
      rail: "state mobile banking apps",
      market: "CU",
      note: "Not sourced.",
      source: unsourced(),
    },
  ],
  retailCalendar: [
    blackFriday("Black Friday", unsourced("observed by local retailers; the date rule is re-computed")),
    familyDay("mothers-day", "Día de las Madres", nth(5, sunday, 2), mothersDaySecondSundayOfMay),
    familyDay("fathers-day", "Día del Padre", nth(6, sunday, 3), fathersDayThirdSundayOfJune),
    familyDay("childrens-day", "Día del Niño", fixed(6, 1), sourced("S134,S135")),
  ],
  legalReferences: ["CU"],
};
