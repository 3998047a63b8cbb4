// Builds only the standalone `frontier.js` (every element, one <script type="module"> file), into
// dist/standalone or the directory given: what the server's playground loads. Run:
//   node scripts/build-standalone.ts [out-dir]
import { resolve } from "node:path";
import { build } from "vite";
import { standaloneBuild, standaloneFileName } from "./bundles.ts";

const outDir = process.argv[2] === undefined ? "dist/standalone" : resolve(process.argv[2]);
const started = performance.now();
await build(standaloneBuild("index", true, outDir));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`built ${standaloneFileName("index")} in ${outDir} (${seconds} s)`);
