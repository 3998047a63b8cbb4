import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { po } from "gettext-parser";
import { describe, expect, it } from "vitest";
import { extractCalls, jedJson, potFile } from "./gettext.ts";
import { potForSources } from "./pot.ts";

const pluginDir = join(import.meta.dirname, "..");
const languagesDir = join(pluginDir, "languages");

function keys(catalog: string): string[] {
  const { translations } = po.parse(catalog);
  return Object.entries(translations)
    .flatMap(([context, entries]) => Object.keys(entries).map((msgid) => `${context}\u0004${msgid}`))
    .filter((key) => key !== "\u0004")
    .sort();
}

describe("extractCalls", () => {
  it("finds the plugin's gettext calls with their line and translator comment", () => {
    const source = [
      "<?php",
      "__( 'Hola', 'frontier' );",
      "/* translators: %s: locale. */",
      "esc_html__( 'It\\'s %s', 'frontier' );",
      "__( 'Other domain', 'woocommerce' );",
    ].join("\n");
    expect(extractCalls(source, "a.php")).toEqual([
      { msgid: "Hola", references: ["a.php:2"] },
      { msgid: "It's %s", references: ["a.php:4"], translatorComment: "%s: locale." },
    ]);
  });
});

describe("potFile and jedJson", () => {
  it("merges repeated strings and maps each script to the strings its sources use", () => {
    const pot = potFile([
      { msgid: "Generate", references: ["src/copy/edit.js:1"] },
      { msgid: "Generate", references: ["src/localize-panel/panel.js:9"] },
      { msgid: "Frontier copy", context: "block title", references: ["src/copy/block.json"] },
    ]);
    expect(pot.match(/msgid "Generate"/g)).toHaveLength(1);
    const translated = po.parse(
      pot
        .replace('msgid "Generate"\nmsgstr ""', 'msgid "Generate"\nmsgstr "Generar"')
        .replace('msgid "Frontier copy"\nmsgstr ""', 'msgid "Frontier copy"\nmsgstr "Textos"'),
    );
    const json = JSON.parse(jedJson(translated.translations, "es_AR", "nplurals=2; plural=(n != 1);", ["src/copy/"]));
    expect(json.locale_data.messages).toEqual({
      "": { domain: "messages", lang: "es_AR", "plural-forms": "nplurals=2; plural=(n != 1);" },
      Generate: ["Generar"],
      "block title\u0004Frontier copy": ["Textos"],
    });
    const other = JSON.parse(jedJson(translated.translations, "es_AR", "", ["src/localized/"]));
    expect(Object.keys(other.locale_data.messages)).toEqual([""]);
  });
});

describe("the shipped translations", () => {
  const pot = readFileSync(join(languagesDir, "frontier.pot"), "utf8");

  it("cover every string of the sources", () => {
    expect(keys(pot)).toEqual(keys(potForSources(pluginDir)));
  });

  it("translate every string for es_ES, es_MX, es_AR and pt_BR", () => {
    const files = readdirSync(languagesDir).filter((name) => name.endsWith(".po"));
    expect(files.sort()).toEqual(["frontier-es_AR.po", "frontier-es_ES.po", "frontier-es_MX.po", "frontier-pt_BR.po"]);
    for (const file of files) {
      const catalog = po.parse(readFileSync(join(languagesDir, file)));
      expect(keys(readFileSync(join(languagesDir, file), "utf8")), file).toEqual(keys(pot));
      const untranslated = Object.values(catalog.translations)
        .flatMap((entries) => Object.values(entries))
        .filter((entry) => entry.msgid !== "" && entry.msgstr.every((value) => value.trim() === ""));
      expect(
        untranslated.map((entry) => entry.msgid),
        file,
      ).toEqual([]);
    }
  });
});
