// The POT catalog of the plugin's sources: gettext calls in PHP and JavaScript, and the translatable fields
// of block.json (with the contexts WordPress uses when it translates block metadata).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type Entry, extractCalls, potFile } from "./gettext.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(php|js|json)$/.test(entry.name) ? [path] : [];
  });
}

function blockJsonEntries(text: string, reference: string): Entry[] {
  const metadata: unknown = JSON.parse(text);
  if (typeof metadata !== "object" || metadata === null) return [];
  const { title, description, keywords } = metadata as { title?: unknown; description?: unknown; keywords?: unknown };
  const entries: Entry[] = [];
  if (typeof title === "string") entries.push({ msgid: title, context: "block title", references: [reference] });
  if (typeof description === "string") {
    entries.push({ msgid: description, context: "block description", references: [reference] });
  }
  for (const keyword of Array.isArray(keywords) ? keywords : []) {
    if (typeof keyword === "string")
      entries.push({ msgid: keyword, context: "block keyword", references: [reference] });
  }
  return entries;
}

export function potForSources(pluginDir: string): string {
  const files = [
    join(pluginDir, "frontier.php"),
    ...sourceFiles(join(pluginDir, "includes")),
    ...sourceFiles(join(pluginDir, "src")),
  ];
  const entries = files.flatMap((file) => {
    const reference = relative(pluginDir, file);
    const text = readFileSync(file, "utf8");
    return file.endsWith("block.json") ? blockJsonEntries(text, reference) : extractCalls(text, reference);
  });
  return potFile(entries);
}
