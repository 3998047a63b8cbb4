// The two kinds of build this package ships, as Vite (Rolldown) configurations:
// - `modules`: ES modules for bundlers, one file per source module, lit and i18next left as imports;
// - `standalone`: one minified self-contained file per entry, for a plain <script type="module"> tag.
import { fileURLToPath } from "node:url";
import { build, type InlineConfig, type Rolldown } from "vite";

export const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/** Public entry points: everything, and each element on its own so a page loads only what it uses. */
export const entries = {
  index: "src/index.ts",
  "frontier-localized": "src/frontier-localized/frontier-localized.ts",
  "frontier-copy-generator": "src/frontier-copy-generator/frontier-copy-generator.ts",
  "frontier-variant-preview": "src/frontier-variant-preview/frontier-variant-preview.ts",
  "frontier-consent": "src/frontier-consent/frontier-consent.ts",
} as const;

export type EntryName = keyof typeof entries;

const shared = {
  root: packageRoot,
  configFile: false,
  logLevel: "warn",
  publicDir: false,
  mode: "production",
  // Production builds of Lit whatever NODE_ENV the caller runs with (vitest sets "test").
  resolve: { conditions: ["module", "browser", "production"] },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
} as const satisfies InlineConfig;

export function modulesBuild(): InlineConfig {
  return {
    ...shared,
    build: {
      outDir: "dist/esm",
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      target: "es2022",
      lib: { entry: entries, formats: ["es"] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^i18next($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: "src", entryFileNames: "[name].js" },
      },
    },
  };
}

/** `frontier.js` for `index`, `<name>.js` for an element. */
export function standaloneFileName(entry: EntryName): string {
  return entry === "index" ? "frontier.js" : `${entry}.js`;
}

/** `outDir` is relative to the package root unless absolute. */
export function standaloneBuild(entry: EntryName, write = true, outDir = "dist/standalone"): InlineConfig {
  return {
    ...shared,
    build: {
      outDir,
      emptyOutDir: false,
      write,
      minify: true,
      target: "es2022",
      lib: { entry: entries[entry], formats: ["es"], fileName: () => standaloneFileName(entry) },
      // Vite keeps whitespace in ES library output for bundlers to reprocess; a script tag wants it all minified.
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  };
}

/** The minified self-contained code of one entry, built in memory. */
export async function standaloneCode(entry: EntryName): Promise<string> {
  const output = await build(standaloneBuild(entry, false));
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs
    .flatMap((result) => result.output)
    .map((chunk) => (chunk.type === "chunk" ? chunk.code : ""))
    .join("");
}
