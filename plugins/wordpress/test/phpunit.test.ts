// Runs the plugin's PHPUnit suite (Debian's PHPUnit 9.6) inside the test WordPress, against the real Frontier
// server that this vitest run started, and the servers and addresses that stand for outages.
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { run } from "./support/php.ts";

const site = inject("site");

it("passes the PHPUnit suite for the REST proxy (permissions, nonce, timeouts, error mapping)", async () => {
  const result = await run("phpunit", ["--configuration", join(import.meta.dirname, "phpunit", "phpunit.xml")], {
    WP_ROOT: site.root,
    FRONTIER_WP_TABLE_PREFIX: site.phpunitTablePrefix,
    FRONTIER_WP_URL: site.url,
    FRONTIER_SERVER_URL: site.frontierUrl,
    FRONTIER_SERVER_SECRET: site.secret,
    FRONTIER_MODEL_DOWN_URL: site.modelDown.url,
    FRONTIER_MODEL_DOWN_SECRET: site.modelDown.secret,
    FRONTIER_MODEL_SLOW_URL: site.modelSlow.url,
    FRONTIER_MODEL_SLOW_SECRET: site.modelSlow.secret,
    FRONTIER_CLOSED_URL: site.closedUrl,
    FRONTIER_HUNG_URL: site.hungUrl,
  });
  expect(result.stdout + result.stderr).toMatch(/OK \((\d+) tests?, \d+ assertions?\)/);
  expect(result.code).toBe(0);
}, 180_000);
