// Every PromQL expression shipped under ops/ parses (promtool) and names only metrics a running server exposes.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../testing/harness.ts";

const run = promisify(execFile);
const ops = new URL("../../../ops/", import.meta.url).pathname;
const promtool = process.env.PROMTOOL ?? "promtool";

interface Panel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: Panel[];
}

async function panelExpressions(): Promise<{ where: string; expr: string }[]> {
  const directory = join(ops, "grafana/dashboards");
  const found: { where: string; expr: string }[] = [];
  for (const file of await readdir(directory)) {
    if (!file.endsWith(".json")) continue;
    const dashboard = JSON.parse(await readFile(join(directory, file), "utf8")) as { panels?: Panel[] };
    const visit = (panels: Panel[]): void => {
      for (const panel of panels) {
        for (const target of panel.targets ?? []) {
          if (target.expr !== undefined) found.push({ where: `${file}: ${panel.title ?? "?"}`, expr: target.expr });
        }
        visit(panel.panels ?? []);
      }
    };
    visit(dashboard.panels ?? []);
  }
  return found;
}

async function ruleExpressions(): Promise<string[]> {
  const text = await readFile(join(ops, "prometheus/alerts.yml"), "utf8");
  // The rule file's expressions are either inline (`expr: ...`) or block scalars (`expr: |` + indented lines).
  const expressions: string[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^(\s*)expr:\s*(.*)$/.exec(lines[index] ?? "");
    if (match === null) continue;
    if (match[2] !== "|") {
      expressions.push(match[2] ?? "");
      continue;
    }
    const block: string[] = [];
    while (index + 1 < lines.length && /^\s{10,}\S/.test(lines[index + 1] ?? "")) block.push(lines[++index] ?? "");
    expressions.push(block.join(" "));
  }
  return expressions;
}

/** Metric names a PromQL expression selects (all of Frontier's carry the `frontier_` prefix). */
function metricFamilies(expr: string): string[] {
  return [...expr.matchAll(/\bfrontier_[a-z0-9_]+/g)].map((match) => match[0]);
}

/** Series names a scrape exposes: each family, plus _bucket/_sum/_count for histograms. */
function exposedNames(scrape: string): Set<string> {
  const names = new Set<string>();
  for (const [, name, type] of scrape.matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
    if (name === undefined) continue;
    names.add(name);
    if (type === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(name + suffix);
  }
  return names;
}

describe("ops: dashboards and alert rules", () => {
  let server: TestServer;
  let scrape = "";

  beforeAll(async () => {
    // A configured spend budget, so the "budget nearly spent" alert's gauge has a series to read.
    server = await createTestServer({ FRONTIER_SPEND_BUDGETS_USD: "openai=100" });
    const response = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(response.statusCode).toBe(200);
    scrape = response.body;
  });
  afterAll(async () => {
    await server.close();
  });

  it("finds promtool (install Debian's `prometheus` package)", async () => {
    const version = await run(promtool, ["--version"]).catch((error: unknown) => {
      throw new Error(`promtool is required for this test: apt-get install -y prometheus (${String(error)})`);
    });
    expect(version.stdout + version.stderr).toMatch(/promtool, version/);
  });

  it("passes promtool check rules for the alert rules and for every panel query", async () => {
    const alerts = await run(promtool, ["check", "rules", join(ops, "prometheus/alerts.yml")]);
    expect(alerts.stdout).toMatch(/SUCCESS: \d+ rules found/);
    const panels = await panelExpressions();
    expect(panels.length).toBeGreaterThanOrEqual(15);
    // Each panel query becomes a recording rule in a temporary file, so promtool parses it as PromQL.
    const directory = await mkdtemp(join(tmpdir(), "frontier-promql-"));
    try {
      const file = join(directory, "panels.yml");
      const rules = panels.map(
        (panel, index) => `      - record: panel_${index}\n        expr: ${JSON.stringify(panel.expr)}`,
      );
      await writeFile(file, `groups:\n  - name: panels\n    rules:\n${rules.join("\n")}\n`);
      const checked = await run(promtool, ["check", "rules", file]);
      expect(checked.stdout).toContain(`SUCCESS: ${panels.length} rules found`);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("uses only metric names a running server exposes on /metrics", async () => {
    const exposed = exposedNames(scrape);
    const expressions = [...(await panelExpressions()).map((panel) => panel.expr), ...(await ruleExpressions())];
    const used = new Set(expressions.flatMap(metricFamilies));
    expect(used.size).toBeGreaterThanOrEqual(10);
    for (const expr of expressions) expect(metricFamilies(expr).length, expr).toBeGreaterThan(0);
    expect([...used].filter((name) => !exposed.has(name))).toEqual([]);
  });

  it("gives the budget alert's gauge a value for each configured budget", async () => {
    const [budgetRule] = (await ruleExpressions()).filter((expr) => expr.includes("spend_budget"));
    expect(budgetRule).toBeDefined();
    for (const name of metricFamilies(budgetRule ?? "")) {
      expect(scrape).toMatch(new RegExp(`^${name}\\{scope="provider:openai"\\} 0$`, "m"));
    }
  });
});
