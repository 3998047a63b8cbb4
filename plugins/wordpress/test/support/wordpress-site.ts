// A real WordPress 6.6 for tests: the offline build from @wp-playground/wordpress-builds (PHP files from its
// zip, static assets from its public/ folder), Debian's PHP built-in server, and a fresh MariaDB database.
// Nothing it runs may reach beyond 127.0.0.1: updates, cron and external HTTP are switched off.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { run } from "./php.ts";

export interface Users {
  admin: string;
  editor: string;
  subscriber: string;
}

export interface WordPressSite {
  url: string;
  root: string;
  database: string;
  users: Users;
  tool(command: string, ...args: string[]): Promise<unknown>;
  /** The same helper against another set of tables (another site in the same database and files). */
  toolFor(tablePrefix: string): (command: string, ...args: string[]) => Promise<unknown>;
  stop(): Promise<void>;
}

const supportDir = import.meta.dirname;

function buildsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("@wp-playground/wordpress-builds/package.json"));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

function mysqlTarget(): { host: string; port: number; user: string; password: string } {
  const url = new URL(process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306/test");
  return {
    host: url.hostname,
    port: Number(url.port || 3306),
    user: decodeURIComponent(url.username || "root"),
    password: decodeURIComponent(url.password),
  };
}

async function php(code: string): Promise<void> {
  const result = await run("php", ["-r", code]);
  if (result.code !== 0) throw new Error(`php failed: ${result.stdout}${result.stderr}`);
}

function wpConfig(url: string, database: string): string {
  const db = mysqlTarget();
  const salts = [
    "AUTH_KEY",
    "SECURE_AUTH_KEY",
    "LOGGED_IN_KEY",
    "NONCE_KEY",
    "AUTH_SALT",
    "SECURE_AUTH_SALT",
    "LOGGED_IN_SALT",
    "NONCE_SALT",
  ]
    .map((name) => `define( '${name}', '${randomBytes(24).toString("hex")}' );`)
    .join("\n");
  return `<?php
define( 'DB_NAME', '${database}' );
define( 'DB_USER', ${JSON.stringify(db.user)} );
define( 'DB_PASSWORD', ${JSON.stringify(db.password)} );
define( 'DB_HOST', '${db.host}:${db.port}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${salts}
// The PHPUnit suite runs on its own tables (same database), so its settings changes never reach the site.
$table_prefix = getenv( 'FRONTIER_WP_TABLE_PREFIX' ) ?: 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SCRIPT_DEBUG', false );
define( 'FS_METHOD', 'direct' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_ACCESSIBLE_HOSTS', '127.0.0.1,localhost' );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DISABLE_FATAL_ERROR_HANDLER', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

async function waitForHttp(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) throw new Error("the PHP server stopped");
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} does not answer`);
}

export async function startWordPress(): Promise<WordPressSite> {
  const root = mkdtempSync(join(tmpdir(), "frontier-wordpress-site-"));
  const database = `frontier_wp_${randomBytes(4).toString("hex")}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const users: Users = {
    admin: randomBytes(9).toString("hex"),
    editor: randomBytes(9).toString("hex"),
    subscriber: randomBytes(9).toString("hex"),
  };
  const builds = buildsDir();

  await php(
    `$z = new ZipArchive(); if (true !== $z->open(${JSON.stringify(join(builds, "src/wordpress/wp-beta.zip"))})) exit(1); $z->extractTo(${JSON.stringify(root)}) or exit(1);`,
  );
  cpSync(join(builds, "public/wp-beta"), root, { recursive: true });
  rmSync(join(root, "wp-content/database"), { recursive: true, force: true });
  mkdirSync(join(root, "wp-content/mu-plugins"), { recursive: true });
  cpSync(join(supportDir, "mu-plugins"), join(root, "wp-content/mu-plugins"), { recursive: true });
  writeFileSync(join(root, "wp-config.php"), wpConfig(url, database));

  const db = mysqlTarget();
  await php(
    `$m = new mysqli(${JSON.stringify(db.host)}, ${JSON.stringify(db.user)}, ${JSON.stringify(db.password)}, '', ${db.port}); $m->query('CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4') or exit(1);`,
  );

  // Its own process group: the built-in server forks workers, and stopping the group stops them all.
  const server = spawn("php", ["-d", "opcache.enable_cli=1", "-S", `127.0.0.1:${port}`, "-t", root], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: "4" },
    stdio: "ignore",
    detached: true,
  });
  const toolFor =
    (tablePrefix: string) =>
    async (command: string, ...args: string[]): Promise<unknown> => {
      const env = { FRONTIER_WP_URL: url, FRONTIER_WP_TABLE_PREFIX: tablePrefix };
      const result = await run("php", [join(supportDir, "wp-tool.php"), root, command, ...args], env);
      if (result.code !== 0) {
        throw new Error(`wp-tool ${command} failed (${result.code}): ${result.stdout}${result.stderr}`);
      }
      return JSON.parse(result.stdout);
    };
  const tool = toolFor("wp_");
  const stop = async () => {
    if (server.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await exited;
    }
    await php(
      `$m = new mysqli(${JSON.stringify(db.host)}, ${JSON.stringify(db.user)}, ${JSON.stringify(db.password)}, '', ${db.port}); $m->query('DROP DATABASE IF EXISTS \`${database}\`');`,
    ).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  };

  try {
    await waitForHttp(`${url}/wp-includes/images/blank.gif`, server);
    await tool("install", JSON.stringify(users));
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, root, database, users, tool, toolFor, stop };
}
