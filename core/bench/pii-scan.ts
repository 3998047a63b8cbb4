import { scan } from "../src/compliance/scan.ts";
import { buildCorpus } from "./pii-corpus.ts";

// Scan throughput on a 1 MB mixed corpus (target ≥ 20 MB/s). Run: node core/bench/pii-scan.ts
const corpus = buildCorpus(1_000_000);
const megabytes = Buffer.byteLength(corpus) / 1_000_000;

function measure(label: string, text: string, markets?: readonly string[]): void {
  scan(text, { markets }); // warm-up: JIT and libphonenumber metadata
  const runs = 5;
  const started = performance.now();
  let entities = 0;
  for (let run = 0; run < runs; run++) entities = scan(text, { markets }).length;
  const seconds = (performance.now() - started) / 1000 / runs;
  const size = Buffer.byteLength(text) / 1_000_000;
  console.log(
    `${label.padEnd(34)} ${size.toFixed(2)} MB  ${(seconds * 1000).toFixed(1).padStart(7)} ms  ` +
      `${(size / seconds).toFixed(1).padStart(6)} MB/s  ${entities} entities`,
  );
}

console.log(`PII scan throughput (node ${process.version})`);
measure("mixed corpus, all markets", corpus);
measure("mixed corpus, markets BR,AR", corpus, ["BR", "AR"]);
measure("copy without personal data", buildCorpus(1_000_000, Number.POSITIVE_INFINITY));
console.log(`(${megabytes.toFixed(2)} MB corpus, one personal-data sentence in six)`);
