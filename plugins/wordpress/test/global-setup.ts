// One WordPress for every test file of this package: build the zip, start the real Frontier server and
// WordPress, install the zip as a site owner would, activate it and point it at the server. Two more Frontier
// servers have their model (OpenAI, faked at the network edge) down or slow, and two addresses stand for a
// server that is not listening and one that never answers: the PHPUnit suite points the plugin at them.
import { faults } from "@frontier-ai/core/testing";
import type { TestProject } from "vitest/node";
import { buildPluginZip } from "./support/build.ts";
import {
  closedListenerUrl,
  type FrontierServer,
  startFrontierServer,
  startHungListener,
} from "./support/frontier-server.ts";
import { ensurePhp } from "./support/php.ts";
import { startWordPress, type Users, type WordPressSite } from "./support/wordpress-site.ts";

const phpunitTablePrefix = "phpunit_";

/** A Frontier server the plugin can be pointed at: its URL and the site's secret key there. */
export interface Upstream {
  url: string;
  secret: string;
}

export interface SiteInfo {
  url: string;
  root: string;
  users: Users;
  frontierUrl: string;
  secret: string;
  install: unknown;
  /** Tables of the second site the PHPUnit suite runs on. */
  phpunitTablePrefix: string;
  /** Frontier whose model answers 503 to everything. */
  modelDown: Upstream;
  /** Frontier whose model takes 3 s to answer. */
  modelSlow: Upstream;
  /** Where a listener was closed: nothing answers. */
  closedUrl: string;
  /** A listener that accepts connections and never answers. */
  hungUrl: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    site: SiteInfo;
  }
}

const closers: Array<() => Promise<void>> = [];

async function started<T extends { close(): Promise<void> }>(value: Promise<T>): Promise<T> {
  const resource = await value;
  closers.push(() => resource.close());
  return resource;
}

export async function setup(project: TestProject): Promise<void> {
  ensurePhp();
  const starting = [
    buildPluginZip(),
    started(startFrontierServer()),
    started(startWordPress().then((site) => ({ site, close: () => site.stop() }))),
    started(startFrontierServer({ model: () => faults.serverError(503) })),
    started(
      startFrontierServer({
        model: async () => {
          await new Promise((resolve) => setTimeout(resolve, 3000));
          return faults.serverError(503);
        },
      }),
    ),
    started(startHungListener()),
    closedListenerUrl(),
  ] as const;
  const results = await Promise.allSettled(starting);
  try {
    for (const result of results) if (result.status === "rejected") throw result.reason;
    const [zip, frontier, wordpress, modelDown, modelSlow, hung, closedUrl] = await Promise.all(starting);
    await prepare(project, wordpress.site, frontier, zip, {
      modelDown: { url: modelDown.url, secret: modelDown.secret },
      modelSlow: { url: modelSlow.url, secret: modelSlow.secret },
      closedUrl,
      hungUrl: hung.url,
    });
  } catch (error) {
    await teardown();
    throw error;
  }
}

async function prepare(
  project: TestProject,
  wordpress: WordPressSite,
  frontier: FrontierServer,
  zip: string,
  faultsAt: Pick<SiteInfo, "modelDown" | "modelSlow" | "closedUrl" | "hungUrl">,
): Promise<void> {
  const install = await wordpress.tool("install-plugin", zip);
  const configuration = JSON.stringify({
    settings: { server_url: frontier.url, timeout: 10, source_locale: "es-ES" },
    secret_key: frontier.secret,
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
    frontierUrl: frontier.url,
    secret: frontier.secret,
    install,
    phpunitTablePrefix,
    ...faultsAt,
  });
}

export async function teardown(): Promise<void> {
  const closing = closers.splice(0).reverse();
  for (const close of closing) await close();
}
