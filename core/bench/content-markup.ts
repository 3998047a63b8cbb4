// Parse + reassemble throughput of the HTML adapter on a generated catalog of 1,000 product
// descriptions (~150 words of HTML each). Run: node core/bench/content-markup.ts
import { htmlAdapter, mapSegmentText, type ParsedDocument } from "../src/content/markup/index.ts";

const WORDS = (
  "mochila urbana resistente agua tejido reciclado bolsillo acolchado portátil cremallera correas ergonómicas " +
  "viaje oficina ligera capacidad litros garantía envío gratis color gris negro azul talla única diseño cómodo " +
  "compartimento interior exterior botella cargador móvil cartera llaves"
).split(" ");

/** Deterministic pseudo-random numbers (mulberry32) so every run measures the same catalog. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function product(next: () => number, index: number): string {
  const words = (count: number) =>
    Array.from({ length: count }, () => WORDS[Math.floor(next() * WORDS.length)]).join(" ");
  return [
    `<h2>Producto ${index}: ${words(4)}</h2>`,
    `<p>${words(12)} <strong>${words(3)}</strong> ${words(10)} <a href="https://example.com/p/${index}?ref=cat&amp;v=2" title="${words(3)}">${words(3)}</a>.</p>`,
    `<img src="https://cdn.example.com/p/${index}.jpg" alt="${words(6)}">`,
    `<ul>\n  <li>${words(8)}</li>\n  <li><em>${words(3)}</em> ${words(6)}</li>\n  <li>${words(9)}</li>\n</ul>`,
    `<table><tr><th>Peso</th><td>${Math.floor(next() * 2000)} g</td></tr><tr><th>Material</th><td>${words(3)}</td></tr></table>`,
    `<p>${words(20)}<br>${words(14)} &nbsp;&amp; ${words(8)}.</p>`,
    `<p>${words(25)} <code>SKU-${index}</code> ${words(10)}.</p>`,
  ].join("\n");
}

const next = random(42);
const catalog = Array.from({ length: 1000 }, (_, index) => product(next, index));
const bytes = catalog.reduce((sum, html) => sum + Buffer.byteLength(html), 0);
const averageWords =
  catalog.reduce(
    (sum, html) =>
      sum +
      html
        .replace(/<[^>]*>/g, " ")
        .split(/\s+/)
        .filter(Boolean).length,
    0,
  ) / 1000;

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

/** Wall time and this process's CPU time: the machine may be shared, CPU time is what we cost. */
function time(work: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  work();
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const translate = (doc: ParsedDocument) =>
  new Map(doc.segments.map((s) => [s.id, mapSegmentText(s.text, (part) => part.toUpperCase())]));

function line(label: string, wall: number, cpu: number): void {
  const rate = (bytes / 1e6 / (cpu / 1000)).toFixed(1);
  console.log(
    `${label.padEnd(38)} ${wall.toFixed(1).padStart(7)} ms wall ${cpu.toFixed(1).padStart(7)} ms cpu  ${rate} MB/s (cpu)`,
  );
}

interface Round {
  readonly parse: Timing;
  readonly identity: Timing;
  readonly translated: Timing;
}

const rounds: Round[] = [];
let segments = 0;
for (let round = 0; round < 8; round++) {
  let docs: ParsedDocument[] = [];
  const parse = time(() => {
    docs = catalog.map((html) => htmlAdapter.parse(html));
  });
  const identity = time(() => {
    for (const [index, doc] of docs.entries())
      if (doc.reassemble(new Map()) !== catalog[index]) throw new Error("identity broke");
  });
  const maps = docs.map(translate);
  const translated = time(() => {
    for (const [index, doc] of docs.entries()) doc.reassemble(maps[index] ?? new Map());
  });
  segments = docs.reduce((n, d) => n + d.segments.length, 0);
  if (round > 0) rounds.push({ parse, identity, translated });
}

// What a pipeline does: one product at a time, parse, translate, reassemble; nothing is kept alive,
// so this is measured apart from the rounds above, which hold all 1000 documents (and their GC cost).
const streamedRounds: Timing[] = [];
for (let round = 0; round < 8; round++) {
  const streamed = time(() => {
    for (const html of catalog) {
      const doc = htmlAdapter.parse(html);
      doc.reassemble(translate(doc));
    }
  });
  if (round > 0) streamedRounds.push(streamed);
}

const figure = (pick: (r: Round) => Timing) => ({
  wall: median(rounds.map((r) => pick(r).wall)),
  cpu: median(rounds.map((r) => pick(r).cpu)),
});
const parsed = figure((r) => r.parse);
const identity = figure((r) => r.identity);
const translated = figure((r) => r.translated);
const streamed = { wall: median(streamedRounds.map((t) => t.wall)), cpu: median(streamedRounds.map((t) => t.cpu)) };
console.log(
  `catalog: 1000 products, ${(bytes / 1e6).toFixed(2)} MB, ~${averageWords.toFixed(0)} words each, ${segments} segments`,
);
console.log("median of 7 rounds after a warm-up round");
line("parse (all 1000 kept)", parsed.wall, parsed.cpu);
line("reassemble, identity", identity.wall, identity.cpu);
line("reassemble, translated + check", translated.wall, translated.cpu);
line("parse + translated reassemble", parsed.wall + translated.wall, parsed.cpu + translated.cpu);
line("one product at a time, incl. translate", streamed.wall, streamed.cpu);
