import { scan } from "../src/compliance/scan.ts";
import { buildCorpus } from "./pii-corpus.ts";

// Scan throughput on 1 MB mixed corpora (target ≥ 20 MB/s). Run: node core/bench/pii-scan.ts
// Best of several runs, by CPU time of this process (robust on a shared machine) and by wall time.

function measure(label: string, text: string, markets?: readonly string[]): void {
  scan(text, { markets }); // warm-up: JIT and libphonenumber metadata
  let bestCpu = Number.POSITIVE_INFINITY;
  let bestWall = Number.POSITIVE_INFINITY;
  let entities = 0;
  for (let run = 0; run < 9; run++) {
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    entities = scan(text, { markets }).length;
    const wall = performance.now() - wallBefore;
    const cpu = process.cpuUsage(cpuBefore);
    bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1000);
    bestWall = Math.min(bestWall, wall);
  }
  const megabytes = Buffer.byteLength(text) / 1_000_000;
  const rate = (milliseconds: number) => `${((megabytes * 1000) / milliseconds).toFixed(1).padStart(6)} MB/s`;
  console.log(
    `${label.padEnd(40)} ${megabytes.toFixed(2)} MB  cpu ${bestCpu.toFixed(1).padStart(6)} ms ${rate(bestCpu)}  ` +
      `wall ${bestWall.toFixed(1).padStart(6)} ms ${rate(bestWall)}  ${entities} entities`,
  );
}

console.log(`PII scan throughput (node ${process.version})`);
measure("dense: PII in 1 sentence of 6", buildCorpus(1_000_000, 6));
measure("dense, markets BR,AR", buildCorpus(1_000_000, 6), ["BR", "AR"]);
measure("typical: PII in 1 sentence of 30", buildCorpus(1_000_000, 30));
measure("copy without personal data", buildCorpus(1_000_000, Number.POSITIVE_INFINITY));
