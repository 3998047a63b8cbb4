import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { backgroundSettings, startBackgroundWork } from "../../../server/src/jobs/background.ts";
import { createTestServer, type TestServer } from "../../../server/src/testing/harness.ts";
import { appDir, bin, PASSWORD, pluginDir, quietEnv, run, type StrapiProcess, startStrapi } from "./processes.ts";

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

let strapi: StrapiProcess | null = null;
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
  strapi = await startStrapi(join(scratch, "data.db"));
  const strapiUrl = strapi.url;

  project.provide("strapiUrl", strapiUrl);
  project.provide("frontierUrl", frontierUrl);
  project.provide("frontierKey", editor.plaintext);
  project.provide("password", PASSWORD);
}

export async function teardown() {
  await strapi?.stop();
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
