// Builds frontier.zip, the installable plugin: `wp-scripts plugin-zip` names its archive after the package
// (a scoped name), so it is moved to the plugin's slug afterwards.
import { spawnSync } from "node:child_process";
import { renameSync, rmSync } from "node:fs";
import { join } from "node:path";

const pluginDir = join(import.meta.dirname, "..");
const result = spawnSync(
  join(pluginDir, "node_modules", ".bin", "wp-scripts"),
  ["plugin-zip", "--root-folder=frontier"],
  { cwd: pluginDir, stdio: "inherit" },
);
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
renameSync(join(pluginDir, "@frontier-ai", "wordpress.zip"), join(pluginDir, "frontier.zip"));
rmSync(join(pluginDir, "@frontier-ai"), { recursive: true, force: true });
