// Compiles languages/*.po into what WordPress loads: a .mo per locale for PHP strings, and for each editor
// script a Jed JSON file named `frontier-<locale>-<script handle>.json`, which wp_set_script_translations()
// finds in the plugin's languages/ directory.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mo, po, type Translation } from "gettext-parser";

const languagesDir = join(import.meta.dirname, "..", "languages");

/** Script handles and the source folders whose strings they show. */
export const scriptSources: Record<string, string[]> = {
  "frontier-copy-editor-script": ["src/copy/", "src/markets.js"],
  "frontier-localized-editor-script": ["src/localized/"],
  "frontier-localize-panel": ["src/localize-panel/", "src/markets.js"],
};

function usedBy(translation: Translation, prefixes: string[]): boolean {
  const references = (translation.comments?.reference ?? "").split(/\s+/);
  return references.some((reference) => prefixes.some((prefix) => reference.startsWith(prefix)));
}

/** The Jed 1.x document WordPress's `wp.i18n` loads for one script. */
export function jedJson(
  translations: Record<string, Record<string, Translation>>,
  locale: string,
  pluralForms: string,
  prefixes: string[],
): string {
  const messages: Record<string, unknown> = { "": { domain: "messages", lang: locale, "plural-forms": pluralForms } };
  for (const [context, entries] of Object.entries(translations)) {
    for (const [msgid, translation] of Object.entries(entries)) {
      if (msgid === "" || !usedBy(translation, prefixes) || translation.msgstr.every((value) => value === "")) continue;
      messages[context === "" ? msgid : `${context}\u0004${msgid}`] = translation.msgstr;
    }
  }
  return JSON.stringify({ domain: "messages", locale_data: { messages } });
}

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
