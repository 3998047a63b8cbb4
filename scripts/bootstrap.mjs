#!/usr/bin/env node
// Sets up a fresh machine that has only Node (any version >= 20) and npm, then runs a job:
//   node scripts/bootstrap.mjs start [args]   the server with its playground (SQLite, rules provider), rendered
//                                             with the web components (their bundle is built when stale)
//   node scripts/bootstrap.mjs test [args]    every test
//   node scripts/bootstrap.mjs check          type-check (tsc -b) and Biome
// Node 24 and pnpm are installed from the npm registry into .toolchain/ when the machine lacks them.
// Every step is skipped when already done, so a second run prints nothing of its own.
// Plain JavaScript with no dependencies: it must run before anything is installed.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createConnection } from "node:net";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const rootPackage = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const nodeVersion = "24.21.0";
const pnpmVersion = rootPackage.packageManager.replace(/^pnpm@/, "");
const toolchainDir = join(root, ".toolchain");
const toolchainBin = join(toolchainDir, "node_modules", ".bin");

function say(message) {
  process.stderr.write(`frontier setup: ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function output(command, args, env) {
  const result = spawnSync(command, args, { encoding: "utf8", env, cwd: root });
  return result.status === 0 ? result.stdout.trim() : "";
}

function toolchainEnv() {
  const env = { ...process.env };
  const systemReady =
    Number(process.versions.node.split(".")[0]) >= 24 && output("pnpm", ["--version"], env) === pnpmVersion;
  if (systemReady) return env;

  env.PATH = `${toolchainBin}${delimiter}${env.PATH ?? ""}`;
  const ready =
    output("node", ["--version"], env) === `v${nodeVersion}` && output("pnpm", ["--version"], env) === pnpmVersion;
  if (ready) return env;

  say(`installing Node ${nodeVersion} and pnpm ${pnpmVersion} into .toolchain/ (first run only)`);
  mkdirSync(toolchainDir, { recursive: true });
  writeFileSync(join(toolchainDir, "package.json"), `${JSON.stringify({ private: true }, null, 2)}\n`);
  const status = run(
    "npm",
    [
      "install",
      "--prefix",
      toolchainDir,
      "--save-exact",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `node@${nodeVersion}`,
      `pnpm@${pnpmVersion}`,
    ],
    { env: process.env },
  );
  if (status !== 0) throw new Error(`npm could not install node@${nodeVersion} and pnpm@${pnpmVersion}`);
  return env;
}

/** A digest of everything that decides what `pnpm install` does. */
function dependencyDigest() {
  const hash = createHash("sha256");
  for (const file of ["pnpm-lock.yaml", "pnpm-workspace.yaml", "package.json"]) {
    if (existsSync(join(root, file))) hash.update(readFileSync(join(root, file)));
  }
  for (const dir of ["core", "cultural-profiles", "server", "web-components", "stories", "tests", "plugins"]) {
    for (const packageDir of dir === "plugins" ? listDirs(join(root, dir)) : [join(root, dir)]) {
      const manifest = join(packageDir, "package.json");
      if (existsSync(manifest)) hash.update(readFileSync(manifest));
    }
  }
  hash.update(pnpmVersion);
  return hash.digest("hex");
}

function listDirs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(dir, entry.name));
}

function installDependencies(env) {
  const stamp = join(root, "node_modules", ".frontier-install");
  const digest = dependencyDigest();
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === digest) return;
  say("installing dependencies with pnpm");
  const frozen = existsSync(join(root, "pnpm-lock.yaml")) ? ["--frozen-lockfile"] : [];
  const status = run("pnpm", ["install", ...frozen], { env });
  if (status !== 0) throw new Error("pnpm install failed");
  writeFileSync(stamp, digest);
}

/**
 * Tools some tests drive, from Debian's packages: Chromium (browser tests) and promtool (the alert rules and
 * dashboard queries are parsed by Prometheus itself). Installed when missing and we are allowed to.
 */
const debianTools = [
  { path: "/usr/bin/chromium", pkg: "chromium", why: "browser tests", override: "FRONTIER_CHROMIUM" },
  { path: "/usr/bin/promtool", pkg: "prometheus", why: "the Prometheus rules tests", override: "PROMTOOL" },
];

function ensureDebianTools() {
  const missing = debianTools.filter((tool) => !existsSync(tool.path) && !process.env[tool.override]);
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.pkg);
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    for (const tool of missing)
      say(`${tool.why} need ${tool.path}: install Debian's \`${tool.pkg}\` or set ${tool.override}`);
    return;
  }
  say(
    `installing Debian's ${packages.join(", ")} for ${missing.map((tool) => tool.why).join(" and ")} (first run only)`,
  );
  const quiet = { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } };
  run("apt-get", ["update", "-qq"], quiet);
  if (run("apt-get", ["install", "-y", "-qq", ...packages], quiet) !== 0) {
    throw new Error(`apt-get could not install ${packages.join(", ")}`);
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:port within a second. */
function answers(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port, timeout: 1000 });
    const settle = (answered) => {
      // An open probe socket would keep this process alive after the tests end.
      socket.destroy();
      resolve(answered);
    };
    socket.once("connect", () => settle(true));
    socket.once("error", () => settle(false));
    socket.once("timeout", () => settle(false));
  });
}

/** MySQL and Redis tests run against the local services when they answer and nothing else is named. */
async function serviceEnv(env) {
  const named = { ...env };
  if (!named.MYSQL_URL && (await answers(3306))) named.MYSQL_URL = "mysql://root@127.0.0.1:3306/test";
  if (!named.REDIS_URL && (await answers(6379))) named.REDIS_URL = "redis://127.0.0.1:6379";
  return named;
}

/** The newest modification time of a file under these paths (files or directories), node_modules aside. */
function newestChange(paths) {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const info = statSync(path);
    if (info.isFile()) newest = Math.max(newest, info.mtimeMs);
    else if (info.isDirectory()) {
      const children = readdirSync(path).filter((name) => name !== "node_modules");
      newest = Math.max(newest, newestChange(children.map((name) => join(path, name))));
    }
  }
  return newest;
}

/**
 * The web components' one-file bundle the playground renders with (web-components/dist/standalone/frontier.js),
 * built when missing or older than their sources (well under a second). The server is told where it is with
 * FRONTIER_PLAYGROUND_ELEMENTS unless that is set already; when the build fails, the playground renders without.
 */
function withPlaygroundElements(env) {
  if (env.FRONTIER_PLAYGROUND_ELEMENTS) return env;
  const packageDir = join(root, "web-components");
  const bundle = join(packageDir, "dist", "standalone", "frontier.js");
  const sources = ["src", "scripts", "package.json"].map((name) => join(packageDir, name));
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  if (built < newestChange([...sources, join(root, "pnpm-lock.yaml")])) {
    say("building the web components for the playground");
    const status = run("node", [join(packageDir, "scripts", "build-standalone.ts")], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (status !== 0 || !existsSync(bundle)) {
      say("could not build the web components: the playground renders without them");
      return env;
    }
  }
  return { ...env, FRONTIER_PLAYGROUND_ELEMENTS: bundle };
}

const jobs = {
  start: (args) => ["exec", "frontier", "start", ...args],
  test: (args) => ["exec", "vitest", "run", ...args],
  check: () => ["run", "check"],
};

const [job, ...args] = process.argv.slice(2);
if (!job || !(job in jobs)) {
  say(`usage: node scripts/bootstrap.mjs <${Object.keys(jobs).join("|")}> [args...]`);
  process.exit(2);
}
try {
  let env = toolchainEnv();
  installDependencies(env);
  if (job === "test") {
    ensureDebianTools();
    env = await serviceEnv(env);
  }
  if (job === "start") env = withPlaygroundElements(env);
  process.exitCode = run("pnpm", jobs[job](args), { env });
} catch (error) {
  say(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
