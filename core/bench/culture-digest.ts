// A digest of lint() and transfer() results over a large varied input set, for checking that a speed change
// alters no output: run before and after, the digests must match.
// Run: node core/bench/culture-digest.ts   (prints one sha256 per part and one for the whole)
import { createHash } from "node:crypto";
import { marketLocales } from "@frontier-ai/cultural-profiles";
import { cleanCopy } from "../src/culture/fixtures/clean-copy.ts";
import {
  betweenDollarMarkets,
  fromArgentinaToColombia,
  fromArgentinaToMexico,
  fromMexicoToArgentina,
} from "../src/culture/fixtures/pairs-between-latam.ts";
import { fromSpainToAR } from "../src/culture/fixtures/pairs-es-es-to-ar.ts";
import { fromSpainToCL } from "../src/culture/fixtures/pairs-es-es-to-cl.ts";
import { fromSpainToCO } from "../src/culture/fixtures/pairs-es-es-to-co.ts";
import { fromSpainToMX } from "../src/culture/fixtures/pairs-es-es-to-mx.ts";
import { fromSpainToPE } from "../src/culture/fixtures/pairs-es-es-to-pe.ts";
import { fromSpainToUS } from "../src/culture/fixtures/pairs-es-es-to-us.ts";
import { tuToUsted } from "../src/culture/fixtures/pairs-tu-to-usted.ts";
import { defaultEngine } from "../src/culture/index.ts";
import { corpus, SENTENCES } from "./corpus.ts";

const rows = [
  ...fromSpainToAR,
  ...fromSpainToCL,
  ...fromSpainToCO,
  ...fromSpainToMX,
  ...fromSpainToPE,
  ...fromSpainToUS,
  ...tuToUsted,
  ...fromArgentinaToMexico,
  ...fromMexicoToArgentina,
  ...fromArgentinaToColombia,
  ...betweenDollarMarkets,
];
const fixtureSentences = [
  ...new Set([...rows.flatMap((row) => [row.source, row.expected]), ...Object.values(cleanCopy).flat(), ...SENTENCES]),
];
// Case variants reach the tokenizer's and the rules' upper-case paths.
const variants = fixtureSentences.flatMap((s) => [s, s.toUpperCase(), s.toLowerCase()]);
const texts = [
  ...variants,
  variants.join(" "),
  variants.join("\n"),
  corpus(200_000),
  ...Object.values(cleanCopy).map((sentences) => sentences.join("\n")),
];

const engine = defaultEngine();
const locales = [...marketLocales, "es-ES"];
const whole = createHash("sha256");
function part(name: string, run: (emit: (value: unknown) => void) => void): void {
  const hash = createHash("sha256");
  run((value) => {
    const json = JSON.stringify(value);
    hash.update(json);
    hash.update("\n");
  });
  const digest = hash.digest("hex");
  whole.update(digest);
  console.log(`${name.padEnd(24)} ${digest}`);
}
function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

part("lint", (emit) => {
  for (const locale of locales) for (const text of texts) emit(attempt(() => engine.lint(text, locale)));
});
part("lint usted/vos", (emit) => {
  for (const locale of locales)
    for (const address of ["usted", "vos", "tu"] as const)
      for (const text of texts) emit(attempt(() => engine.lint(text, locale, { address })));
});
part("transfer fixtures", (emit) => {
  for (const from of locales)
    for (const to of locales) for (const text of variants) emit(attempt(() => engine.transfer(text, from, to)));
});
part("transfer usted", (emit) => {
  for (const from of locales)
    for (const to of ["es-MX", "es-AR", "es-CO"])
      emit(attempt(() => engine.transfer(texts.join("\n"), from, to, { address: "usted" })));
});
part("transfer corpus", (emit) => {
  for (const to of locales) emit(attempt(() => engine.transfer(corpus(200_000), "es-ES", to)));
});
part("repair", (emit) => {
  for (const locale of locales) {
    const text = variants.join(" ");
    emit(attempt(() => engine.repair(text, locale, engine.lint(text, locale))));
  }
});
console.log(`${"all".padEnd(24)} ${whole.digest("hex")}`);
