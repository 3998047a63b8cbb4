import type { MarketProfile } from "../profile/types.ts";
import { argentina } from "./ar.ts";
import { bolivia } from "./bo.ts";
import { brazil } from "./br.ts";
import { chile } from "./cl.ts";
import { colombia } from "./co.ts";
import { costaRica } from "./cr.ts";
import { cuba } from "./cu.ts";
import { dominicanRepublic } from "./do.ts";
import { ecuador } from "./ec.ts";
import { spain } from "./es.ts";
import { guatemala } from "./gt.ts";
import { honduras } from "./hn.ts";
import { mexico } from "./mx.ts";
import { nicaragua } from "./ni.ts";
import { panama } from "./pa.ts";
import { peru } from "./pe.ts";
import { puertoRico } from "./pr.ts";
import { paraguay } from "./py.ts";
import { elSalvador } from "./sv.ts";
import { usHispanic } from "./us.ts";
import { uruguay } from "./uy.ts";
import { venezuela } from "./ve.ts";

/** Every market profile, in the order of `marketLocales`. A new market is a new file imported here. */
export const profiles: readonly MarketProfile[] = [
  mexico,
  guatemala,
  honduras,
  elSalvador,
  nicaragua,
  costaRica,
  panama,
  cuba,
  dominicanRepublic,
  puertoRico,
  colombia,
  venezuela,
  ecuador,
  peru,
  bolivia,
  chile,
  argentina,
  uruguay,
  paraguay,
  brazil,
  usHispanic,
  spain,
];
