// Builds dist/esm (for bundlers) and dist/standalone (script tags). Run: node scripts/build.ts
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { build } from "vite";
import { type EntryName, entries, modulesBuild, packageRoot, standaloneBuild } from "./bundles.ts";

await rm(join(packageRoot, "dist", "standalone"), { recursive: true, force: true });
await build(modulesBuild());
for (const entry of Object.keys(entries) as EntryName[]) await build(standaloneBuild(entry));
console.log("built dist/esm and dist/standalone");
