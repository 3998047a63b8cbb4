import type { Jurisdiction } from "../types.ts";
import { argentina } from "./argentina.ts";
import { bolivia } from "./bolivia.ts";
import { brazil } from "./brazil.ts";
import { chile } from "./chile.ts";
import { colombia } from "./colombia.ts";
import { costaRica } from "./costa-rica.ts";
import { cuba } from "./cuba.ts";
import { dominicanRepublic } from "./dominican-republic.ts";
import { ecuador } from "./ecuador.ts";
import { elSalvador } from "./el-salvador.ts";
import { guatemala } from "./guatemala.ts";
import { honduras } from "./honduras.ts";
import { mexico } from "./mexico.ts";
import { nicaragua } from "./nicaragua.ts";
import { panama } from "./panama.ts";
import { paraguay } from "./paraguay.ts";
import { peru } from "./peru.ts";
import { puertoRico } from "./puerto-rico.ts";
import { spain } from "./spain.ts";
import { unitedStates } from "./united-states.ts";
import { uruguay } from "./uruguay.ts";
import { venezuela } from "./venezuela.ts";

/** Data-protection law per market, keyed by ISO 3166-1 alpha-2 code. */
export const jurisdictions: Readonly<Record<string, Jurisdiction>> = Object.fromEntries(
  [
    brazil,
    mexico,
    chile,
    colombia,
    argentina,
    peru,
    uruguay,
    ecuador,
    panama,
    costaRica,
    paraguay,
    elSalvador,
    nicaragua,
    dominicanRepublic,
    cuba,
    guatemala,
    honduras,
    venezuela,
    bolivia,
    puertoRico,
    spain,
    unitedStates,
  ].map((jurisdiction) => [jurisdiction.market, jurisdiction]),
);
