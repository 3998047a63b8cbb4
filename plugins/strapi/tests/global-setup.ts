import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { backgroundSettings, startBackgroundWork } from "../../../server/src/jobs/background.ts";
import { createTestServer, type TestServer } from "../../../server/src/testing/harness.ts";
import { freePort, run, waitFor } from "./processes.ts";

const pluginDir = resolve(import.meta.dirname, "..");
const appDir = join(pluginDir, "test-app");
const bin = (name: string) => join(pluginDir, "node_modules", ".bin", name);
const PASSWORD = "Frontier-test-1";

// Strapi and its tooling must not reach the internet: no telemetry, no update check, no browser.
const quietEnv = { STRAPI_TELEMETRY_DISABLED: "true", BROWSER: "none", STRAPI_HIDE_STARTUP_MESSAGE: "true" };

async function filesHash(dir: string, hash = createHash("sha256")): Promise<ReturnType<typeof createHash>> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await filesHash(path, hash);
    else hash.update(entry.name).update(await readFile(path));
  }
  return hash;
}

/** Compiles the app; rebuilds the admin panel (minutes on two cores) only when the plugin's admin bundle changed. */
async function buildApp(env: NodeJS.ProcessEnv) {
  const hash = (await filesHash(join(pluginDir, "dist", "admin"), await filesHash(join(appDir, "config")))).digest(
    "hex",
  );
  const stamp = join(appDir, "dist", "build", ".frontier-admin-hash");
  const cached = existsSync(stamp) && (await readFile(stamp, "utf8")) === hash;
  if (cached) {
    await run(bin("tsc"), ["-p", "tsconfig.json"], { cwd: appDir, env });
    return;
  }
  await run(bin("strapi"), ["build"], { cwd: appDir, env });
  await writeFile(stamp, hash);
}

let strapi: ChildProcess | null = null;
let frontier: TestServer | null = null;
let frontierWork: ReturnType<typeof startBackgroundWork> | null = null;
let scratch = "";

export async function setup(project: TestProject) {
  const env = { ...process.env, ...quietEnv };
  await run(bin("strapi-plugin"), ["build"], { cwd: pluginDir, env });
  await buildApp(env);

  frontier = await createTestServer();
  const frontierUrl = await frontier.app.listen({ port: 0, host: "127.0.0.1" });
  const editor = await frontier.key("default", "editor");
  // The job worker and webhook dispatcher, as `frontier start` runs them beside the HTTP server.
  frontierWork = startBackgroundWork(frontier.services, backgroundSettings({}));

  scratch = await mkdtemp(join(tmpdir(), "frontier-strapi-"));
  const port = await freePort();
  let log = "";
  strapi = spawn(bin("strapi"), ["start"], {
    cwd: appDir,
    env: { ...env, PORT: String(port), DATABASE_FILENAME: join(scratch, "data.db"), TEST_ADMIN_PASSWORD: PASSWORD },
    stdio: "pipe",
  });
  strapi.stdout?.on("data", (chunk) => (log += chunk));
  strapi.stderr?.on("data", (chunk) => (log += chunk));
  const strapiUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${strapiUrl}/_health`, strapi, () => log, 180_000);

  project.provide("strapiUrl", strapiUrl);
  project.provide("frontierUrl", frontierUrl);
  project.provide("frontierKey", editor.plaintext);
  project.provide("password", PASSWORD);
}

export async function teardown() {
  if (strapi && strapi.exitCode === null) {
    const exited = new Promise((done) => strapi?.once("exit", done));
    strapi.kill("SIGTERM");
    await exited;
  }
  await frontierWork?.stop();
  await frontier?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    strapiUrl: string;
    frontierUrl: string;
    frontierKey: string;
    password: string;
  }
}
