// Runs PHP CLI programs without blocking the event loop (the fake Frontier server lives in this process and
// must keep answering the PHP that calls it).
import { execFile, type SpawnSyncOptions, spawnSync } from "node:child_process";

export interface PhpResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd?: string): Promise<PhpResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { env: { ...process.env, ...env }, cwd, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Debian packages the WordPress tests need; installed when missing and we are root (as in CI). */
export const debianPackages = ["php-cli", "php-mysql", "php-xml", "php-mbstring", "php-curl", "php-zip", "phpunit"];

export function ensurePhp(): void {
  const phpReady = () =>
    has("php") &&
    has("phpunit") &&
    spawnSync("php", ["-r", "exit(extension_loaded('mysqli') && class_exists('ZipArchive') ? 0 : 1);"]).status === 0;
  if (phpReady()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !has("apt-get")) {
    throw new Error(`The WordPress tests need PHP: install Debian's ${debianPackages.join(" ")}`);
  }
  const quiet: SpawnSyncOptions = {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  };
  spawnSync("apt-get", ["update", "-qq"], quiet);
  const install = spawnSync("apt-get", ["install", "-y", "-qq", ...debianPackages], quiet);
  if (install.status !== 0 || !phpReady()) throw new Error(`apt-get could not install ${debianPackages.join(" ")}`);
}
