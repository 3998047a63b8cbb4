// Throughput of transfer() and lint() on a generated 1 MB corpus, single-threaded.
// Run: node core/bench/culture-throughput.ts   (targets: lint ≥ 20 MB/s, transfer ≥ 5 MB/s)
import { performance } from "node:perf_hooks";
import { cleanCopy } from "../src/culture/fixtures/clean-copy.ts";
import { defaultEngine } from "../src/culture/index.ts";
import { corpus } from "./corpus.ts";

// Wall time and CPU time are both printed: on a shared machine the process waits for a core, and MB per
// CPU-second is the figure that says what the code itself costs.
function measure(label: string, megabytes: number, run: () => unknown, rounds = 9): void {
  // Warm-up: compiles the lexicon tables and lets the JIT settle, so the figure is the steady state of a server
  // that lints all day (with one warm-up, the first timed rounds were still compiling and collecting).
  for (let i = 0; i < 3; i++) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    run();
    const usage = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((usage.user + usage.system) / 1000);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(34)} wall ${rate(median(wall))} MB/s (${median(wall).toFixed(0)} ms)   cpu ${rate(median(cpu))} MB/s (${median(cpu).toFixed(0)} ms)`,
  );
}

/** A bare character scan: on a shared or throttled machine, read the figures relative to this one. */
function baseline(text: string): number {
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces;
}

const text = corpus(1_000_000);
const megabytes = Buffer.byteLength(text, "utf8") / 1_000_000;
const engine = defaultEngine();
console.log(`corpus: ${megabytes.toFixed(2)} MB, ${text.split(/\s+/).length} words; node ${process.version}`);
measure("baseline: bare charCodeAt scan", megabytes, () => baseline(text), 9);
measure("baseline: split on spaces", megabytes, () => text.split(" "), 9);
measure("transfer es-ES → es-AR", megabytes, () => engine.transfer(text, "es-ES", "es-AR"));
measure("transfer es-ES → es-MX (usted)", megabytes, () =>
  engine.transfer(text, "es-ES", "es-MX", { address: "usted" }),
);
measure("lint es-MX", megabytes, () => engine.lint(text, "es-MX"));
measure("lint es-ES", megabytes, () => engine.lint(text, "es-ES"));

/** The sentences in turn, one per line, up to `bytes`. */
function repeated(sentences: readonly string[], bytes: number): string {
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const sentence = sentences[i % sentences.length] ?? "";
    parts.push(sentence);
    size += Buffer.byteLength(sentence, "utf8") + 1;
  }
  return parts.join("\n");
}

// Copy already right for Mexico (the linter's clean-copy set): what a catalogue that needs little work costs.
const clean = repeated(cleanCopy["es-MX"], 1_000_000);
const cleanMegabytes = Buffer.byteLength(clean, "utf8") / 1_000_000;
console.log(`clean es-MX copy: ${cleanMegabytes.toFixed(2)} MB`);
measure("transfer es-MX → es-AR (clean)", cleanMegabytes, () => engine.transfer(clean, "es-MX", "es-AR"));
measure("lint es-MX (clean)", cleanMegabytes, () => engine.lint(clean, "es-MX"));
