// Compiles languages/*.po into what WordPress loads: a .mo per locale for PHP strings, and for each editor
// script a Jed JSON file named `frontier-<locale>-<script handle>.json`, which wp_set_script_translations()
// finds in the plugin's languages/ directory.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mo, po } from "gettext-parser";
import { jedJson, scriptSources } from "./gettext.ts";

const languagesDir = join(import.meta.dirname, "..", "languages");

for (const file of readdirSync(languagesDir).filter((name) => /^frontier-[a-z]{2}_[A-Z]{2}\.po$/.test(name))) {
  const locale = file.slice("frontier-".length, -".po".length);
  const catalog = po.parse(readFileSync(join(languagesDir, file)));
  writeFileSync(join(languagesDir, `frontier-${locale}.mo`), mo.compile(catalog));
  const pluralForms = catalog.headers["Plural-Forms"] ?? "nplurals=2; plural=(n != 1);";
  for (const [handle, prefixes] of Object.entries(scriptSources)) {
    writeFileSync(
      join(languagesDir, `frontier-${locale}-${handle}.json`),
      jedJson(catalog.translations, locale, pluralForms, prefixes),
    );
  }
}
