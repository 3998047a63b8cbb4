// One WordPress for every test file of this package: build the zip, start the fake Frontier server and
// WordPress, install the zip as a site owner would, activate it and point it at the fake server.
import type { TestProject } from "vitest/node";
import { buildPluginZip } from "./support/build.ts";
import { type FakeFrontier, startFakeFrontier } from "./support/fake-frontier.ts";
import { ensurePhp } from "./support/php.ts";
import { startWordPress, type Users, type WordPressSite } from "./support/wordpress-site.ts";

const phpunitTablePrefix = "phpunit_";

export interface SiteInfo {
  url: string;
  root: string;
  users: Users;
  frontierUrl: string;
  secret: string;
  install: unknown;
  /** Tables of the second site the PHPUnit suite runs on. */
  phpunitTablePrefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    site: SiteInfo;
  }
}

let site: WordPressSite | undefined;
let frontier: FakeFrontier | undefined;

export async function setup(project: TestProject): Promise<void> {
  ensurePhp();
  const [zip, fake, wordpress] = await Promise.allSettled([buildPluginZip(), startFakeFrontier(), startWordPress()]);
  frontier = fake.status === "fulfilled" ? fake.value : undefined;
  site = wordpress.status === "fulfilled" ? wordpress.value : undefined;
  try {
    for (const started of [zip, fake, wordpress]) {
      if (started.status === "rejected") throw started.reason;
    }
    if (zip.status === "fulfilled" && frontier && site) await prepare(project, site, frontier, zip.value);
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function prepare(project: TestProject, wordpress: WordPressSite, fake: FakeFrontier, zip: string): Promise<void> {
  const install = await wordpress.tool("install-plugin", zip);
  const configuration = JSON.stringify({
    settings: { server_url: fake.url, timeout: 10, source_locale: "es-ES" },
    secret_key: fake.secret,
  });
  await wordpress.tool("activate", "frontier/frontier.php");
  await wordpress.tool("configure", configuration);

  // A second site on the same files and database for PHPUnit, whose tests change settings freely.
  const phpunitSite = wordpress.toolFor(phpunitTablePrefix);
  await phpunitSite("install", JSON.stringify(wordpress.users));
  await phpunitSite("activate", "frontier/frontier.php");
  await phpunitSite("configure", configuration);
  project.provide("site", {
    url: wordpress.url,
    root: wordpress.root,
    users: wordpress.users,
    frontierUrl: fake.url,
    secret: fake.secret,
    install,
    phpunitTablePrefix,
  });
}

export async function teardown(): Promise<void> {
  const [stopping, closing] = [site, frontier];
  site = undefined;
  frontier = undefined;
  await stopping?.stop();
  await closing?.close();
}
