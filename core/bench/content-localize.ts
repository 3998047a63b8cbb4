// Localizes a generated 1,000-product catalog (~150 words of HTML each, es-ES) to three markets with
// the offline rules provider, through the whole pipeline (parse, pseudonymize, route, transfer, lint,
// repair, reassemble, verify, score). Target: under 2 s in total. Run: node core/bench/content-localize.ts
import { performance } from "node:perf_hooks";
import { localize } from "../src/content/localize/localize.ts";
import { createModelCaller } from "../src/content/model-caller.ts";
import { createRules } from "../src/models/index.ts";

const sentences = [
  "Este ordenador portátil es ligero y potente, ideal para trabajar desde casa o desde la oficina.",
  "Coge el autobús con tu móvil en el bolsillo y escucha música durante todo el trayecto.",
  "Las zapatillas de deporte tienen una suela cómoda que os acompañará en cada entrenamiento.",
  "Compra ahora y recibe tu pedido en 24 horas, con devolución gratuita durante 30 días.",
  "El zumo de naranja natural se conserva fresco en la nevera durante tres días.",
  "Nuestra cazadora vaquera combina con todo y queda bien en cualquier estación del año.",
  "Si tenéis dudas, escribidnos y os responderemos en menos de una hora.",
  "Precio especial de 1.299,50 € solo esta semana en la tienda online.",
];

function product(index: number): string {
  const pick = (offset: number) => sentences[(index + offset) % sentences.length] ?? "";
  return [
    `<div class="product" data-sku="SKU-${index}">`,
    `<h2>Producto ${index}: ordenador y accesorios</h2>`,
    `<p>${pick(0)} <strong>${pick(1)}</strong> ${pick(2)}</p>`,
    `<img src="/img/${index}.jpg" alt="Foto del producto ${index} con su móvil">`,
    `<ul><li>${pick(3)}</li><li>${pick(4)}</li><li>${pick(5)}</li></ul>`,
    `<p>${pick(6)} <a href="https://example.com/p/${index}">Más información</a>. ${pick(7)}</p>`,
    "</div>",
  ].join("\n");
}

const catalog = Array.from({ length: 1_000 }, (_, index) => product(index));
const words = catalog.reduce(
  (sum, html) =>
    sum +
    html
      .replace(/<[^>]+>/g, " ")
      .split(/\s+/)
      .filter(Boolean).length,
  0,
);
const models = createModelCaller({ providers: [createRules()] });
const targets = ["es-MX", "es-AR", "es-CO"];

// One warm-up product so JIT and lazily built tables are not in the figure.
await localize({ content: catalog[0] ?? "", format: "html", from: "es-ES", to: targets }, { models });

const started = performance.now();
// CPU time too: on a shared machine the wall figure includes waiting for a core.
const startedCpu = process.cpuUsage();
let changed = 0;
for (const content of catalog) {
  const results = await localize({ content, format: "html", from: "es-ES", to: targets }, { models });
  changed += results.filter((result) => result.content !== content).length;
}
const elapsed = performance.now() - started;
const cpu = process.cpuUsage(startedCpu);
const cpuMs = (cpu.user + cpu.system) / 1000;
const megabytes = catalog.reduce((sum, html) => sum + Buffer.byteLength(html), 0) / 1e6;
console.log(
  `catalog: ${catalog.length} products, ${(words / catalog.length).toFixed(0)} words each, ${megabytes.toFixed(2)} MB`,
);
console.log(
  `localized to ${targets.join(", ")} with the rules provider in ${elapsed.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms cpu (target < 2000 ms)`,
);
console.log(
  `${((catalog.length * targets.length) / (elapsed / 1000)).toFixed(0)} product-markets/s; ${changed} of ${catalog.length * targets.length} changed`,
);
