import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobWorker } from "../../../server/src/jobs/worker.ts";
import { createTestServer, type TestServer } from "../../../server/src/testing/harness.ts";
import { type StrapiProcess, startStrapi } from "./processes.ts";
import { login } from "./strapi-client.ts";

// A Strapi of its own, beside a Frontier server whose job worker this test runs by hand: the job can only make
// progress while Strapi is down.
let frontier: TestServer;
let frontierUrl: string;
let frontierKey: string;
let strapi: StrapiProcess | null = null;
let scratch: string;

beforeAll(async () => {
  frontier = await createTestServer();
  frontierUrl = await frontier.app.listen({ port: 0, host: "127.0.0.1" });
  frontierKey = (await frontier.key("default", "editor")).plaintext;
  scratch = await mkdtemp(join(tmpdir(), "frontier-strapi-resume-"));
  strapi = await startStrapi(join(scratch, "data.db"));
});

afterAll(async () => {
  await strapi?.stop();
  await frontier?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe("a bulk run across a Strapi crash", () => {
  it("is followed again after the restart and applies the results the server finished meanwhile", async () => {
    if (!strapi) throw new Error("Strapi did not start");
    const before = await login("admin@frontier.test", strapi.url);
    await before.configure({ serverUrl: frontierUrl, secretKey: frontierKey });
    const ids = [
      await before.createArticle({ title: "El ordenador de vosotros" }),
      await before.createArticle({ title: "Coge el móvil" }),
    ];
    const started = await before.call("POST", "/frontier/bulk-localize", {
      uid: "api::article.article",
      documentIds: ids,
      sourceLocale: "es-ES",
      targetLocales: ["es-MX"],
    });
    expect(started.status).toBe(202);
    expect(started.body.status).toBe("running");

    await strapi.stop("SIGKILL");
    strapi = null;
    const { repository, models } = frontier.services;
    const stats = await createJobWorker({ repository, models, pollMs: 5, drainIdleMs: 50 }).drain();
    expect(stats.succeeded).toBeGreaterThan(0);

    strapi = await startStrapi(join(scratch, "data.db"));
    const after = await login("admin@frontier.test", strapi.url);
    let job = (await after.call("GET", `/frontier/jobs/${started.body.id}`)).body;
    for (let tries = 0; job.status === "running" && tries < 240; tries++) {
      await new Promise((r) => setTimeout(r, 250));
      job = (await after.call("GET", `/frontier/jobs/${started.body.id}`)).body;
    }
    expect(job).toMatchObject({ id: started.body.id, status: "done", total: 2, done: 2, errors: [] });
    expect((await after.article(ids[0] ?? "", "es-MX")).title).toMatch(/computadora/);
    expect((await after.article(ids[1] ?? "", "es-MX")).title).toMatch(/celular/);
  });
});
