// Gettext extraction and catalog helpers for the plugin's own strings (text domain "frontier").
import type { Translation } from "gettext-parser";

export interface Entry {
  msgid: string;
  context?: string;
  references: string[];
  translatorComment?: string;
}

// Groups: translator comment, function name, quote, string.
const call =
  /(?:\/\*\s*translators:\s*([\s\S]*?)\*\/\s*)?\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:\\.|(?!\3)[^\\])*)\3\s*,\s*['"]frontier['"]\s*\)/dg;

function unquote(raw: string, quote: string): string {
  return raw.replace(/\\(.)/g, (_match, character: string) =>
    character === quote || character === "\\" ? character : `\\${character}`,
  );
}

/** The translatable strings of one source file, with `file:line` references. */
export function extractCalls(text: string, reference: string): Entry[] {
  const entries: Entry[] = [];
  for (const match of text.matchAll(call)) {
    const [, comment, , quote, raw] = match;
    const callStart = match.indices?.[2]?.[0];
    if (quote === undefined || raw === undefined || callStart === undefined) continue;
    const line = text.slice(0, callStart).split("\n").length;
    const entry: Entry = { msgid: unquote(raw, quote), references: [`${reference}:${line}`] };
    if (comment) entry.translatorComment = comment.trim();
    entries.push(entry);
  }
  return entries;
}

function poString(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}

/** A POT file with duplicate strings merged (their references joined). */
export function potFile(entries: Entry[]): string {
  const merged = new Map<string, Entry>();
  for (const entry of entries) {
    const key = `${entry.context ?? ""}\u0004${entry.msgid}`;
    const known = merged.get(key);
    if (known) {
      known.references.push(...entry.references);
      known.translatorComment ??= entry.translatorComment;
    } else {
      merged.set(key, { ...entry, references: [...entry.references] });
    }
  }
  const header = [
    'msgid ""',
    'msgstr ""',
    '"Project-Id-Version: Frontier 0.1.0\\n"',
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: frontier\\n"',
  ].join("\n");
  const blocks = [...merged.values()].map((entry) =>
    [
      ...(entry.translatorComment ? [`#. translators: ${entry.translatorComment}`] : []),
      `#: ${entry.references.join(" ")}`,
      ...(entry.context ? [`msgctxt ${poString(entry.context)}`] : []),
      `msgid ${poString(entry.msgid)}`,
      'msgstr ""',
    ].join("\n"),
  );
  return `${[header, ...blocks].join("\n\n")}\n`;
}

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
