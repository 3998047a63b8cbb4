// Writes languages/frontier.pot from the sources. Run after changing strings, then merge the PO files
// (msgmerge) and translate; a test fails while the POT or a translation is behind.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { potForSources } from "./pot.ts";

const pluginDir = join(import.meta.dirname, "..");
writeFileSync(join(pluginDir, "languages", "frontier.pot"), potForSources(pluginDir));
