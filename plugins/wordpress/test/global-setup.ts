// One WordPress for every test file of this package: build the zip, start the fake Frontier server and
// WordPress, install the zip as a site owner would, activate it and point it at the fake server.
import type { TestProject } from "vitest/node";
import { buildPluginZip } from "./support/build.ts";
import { type FakeFrontier, startFakeFrontier } from "./support/fake-frontier.ts";
import { ensurePhp } from "./support/php.ts";
import { startWordPress, type Users, type WordPressSite } from "./support/wordpress-site.ts";

export interface SiteInfo {
  url: string;
  root: string;
  users: Users;
  frontierUrl: string;
  secret: string;
  install: unknown;
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
  const [zip, fake, wordpress] = await Promise.all([buildPluginZip(), startFakeFrontier(), startWordPress()]);
  frontier = fake;
  site = wordpress;
  const install = await wordpress.tool("install-plugin", zip);
  await wordpress.tool("activate", "frontier/frontier.php");
  await wordpress.tool(
    "configure",
    JSON.stringify({
      settings: { server_url: fake.url, timeout: 10, source_locale: "es-ES" },
      secret_key: fake.secret,
    }),
  );
  project.provide("site", {
    url: wordpress.url,
    root: wordpress.root,
    users: wordpress.users,
    frontierUrl: fake.url,
    secret: fake.secret,
    install,
  });
}

export async function teardown(): Promise<void> {
  await site?.stop();
  await frontier?.close();
}
