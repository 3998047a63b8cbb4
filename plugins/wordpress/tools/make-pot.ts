// Writes languages/frontier.pot from the gettext calls in PHP and JavaScript and the translatable fields of
// block.json (the same contexts WordPress uses when it translates block metadata). Run after changing strings,
// then merge into the PO files (msgmerge) and translate.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Entry, extractCalls, potFile } from "./gettext.ts";

const pluginDir = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(php|js|json)$/.test(entry.name) ? [path] : [];
  });
}

const entries: Entry[] = [];
const files = ["frontier.php", ...sourceFiles(join(pluginDir, "includes")), ...sourceFiles(join(pluginDir, "src"))];
for (const file of files.map((name) => (name.startsWith("/") ? name : join(pluginDir, name)))) {
  const reference = relative(pluginDir, file);
  const text = readFileSync(file, "utf8");
  if (file.endsWith("block.json")) {
    const metadata: unknown = JSON.parse(text);
    if (typeof metadata !== "object" || metadata === null) continue;
    const { title, description, keywords } = metadata as { title?: unknown; description?: unknown; keywords?: unknown };
    if (typeof title === "string") entries.push({ msgid: title, context: "block title", references: [reference] });
    if (typeof description === "string") {
      entries.push({ msgid: description, context: "block description", references: [reference] });
    }
    for (const keyword of Array.isArray(keywords) ? keywords : []) {
      if (typeof keyword === "string")
        entries.push({ msgid: keyword, context: "block keyword", references: [reference] });
    }
    continue;
  }
  entries.push(...extractCalls(text, reference));
}

writeFileSync(join(pluginDir, "languages", "frontier.pot"), potFile(entries));
