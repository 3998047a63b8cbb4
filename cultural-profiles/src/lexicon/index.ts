import { clothingAndShoes } from "./clothing-and-shoes.ts";
import { everydayVerbs } from "./everyday-verbs.ts";
import { foodAndDrink } from "./food-and-drink.ts";
import { homeAndAppliances } from "./home-and-appliances.ts";
import { moneyAndPayment } from "./money-and-payment.ts";
import { personalCareAndBaby } from "./personal-care-and-baby.ts";
import { shoppingAndDelivery } from "./shopping-and-delivery.ts";
import { tech } from "./tech.ts";
import { transport } from "./transport.ts";
import type { LexiconConcept } from "./types.ts";

/** The regional lexicon, all domains: one cell per concept and market. */
export const lexicon: readonly LexiconConcept[] = [
  ...foodAndDrink,
  ...homeAndAppliances,
  ...clothingAndShoes,
  ...personalCareAndBaby,
  ...transport,
  ...tech,
  ...moneyAndPayment,
  ...shoppingAndDelivery,
  ...everydayVerbs,
];
