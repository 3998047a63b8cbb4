// Runs the plugin's PHPUnit suite (Debian's PHPUnit 9.6) inside the test WordPress, against the fake
// Frontier server that this vitest run started.
import { join } from "node:path";
import { expect, inject, it } from "vitest";
import { run } from "./support/php.ts";

const site = inject("site");

it("passes the PHPUnit suite for the REST proxy (permissions, nonce, timeouts, error mapping)", async () => {
  const result = await run("phpunit", ["--configuration", join(import.meta.dirname, "phpunit", "phpunit.xml")], {
    WP_ROOT: site.root,
    FRONTIER_WP_TABLE_PREFIX: site.phpunitTablePrefix,
    FRONTIER_WP_URL: site.url,
    FRONTIER_FAKE_URL: site.frontierUrl,
    FRONTIER_FAKE_SECRET: site.secret,
  });
  expect(result.stdout + result.stderr).toMatch(/OK \((\d+) tests?, \d+ assertions?\)/);
  expect(result.code).toBe(0);
}, 180_000);
