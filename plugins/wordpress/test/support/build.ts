// Builds the plugin the way a release does: wp-scripts build, compiled translations, then the zip.
import { execFile } from "node:child_process";
import { join } from "node:path";

export const pluginDir = join(import.meta.dirname, "..", "..");

function step(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: pluginDir, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(" ")} failed:\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

/** Returns the path of the installable zip. */
export async function buildPluginZip(): Promise<string> {
  await step(join(pluginDir, "node_modules", ".bin", "wp-scripts"), ["build"]);
  await step(process.execPath, [join(pluginDir, "tools", "compile-translations.ts")]);
  await step(process.execPath, [join(pluginDir, "tools", "plugin-zip.ts")]);
  return join(pluginDir, "frontier.zip");
}
