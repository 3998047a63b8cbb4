import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobWorker } from "../../../../../server/src/jobs/worker.ts";
import { createTestServer, type TestServer } from "../../../../../server/src/testing/harness.ts";
import { FrontierRequestError } from "../errors.ts";
import { createFrontierClient } from "./frontier-client.ts";

let server: TestServer;
let url: string;
let key: string;

beforeAll(async () => {
  server = await createTestServer();
  url = await server.app.listen({ port: 0, host: "127.0.0.1" });
  key = (await server.key("default", "editor")).plaintext;
});
afterAll(() => server.close());

describe("createFrontierClient against a real Frontier server", () => {
  it("exchanges the secret key once and localizes Strapi blocks as rich text", async () => {
    const paths: string[] = [];
    const counting: typeof fetch = (input, init) => {
      paths.push(new URL(String(input)).pathname);
      return fetch(input, init);
    };
    const client = createFrontierClient({ serverUrl: `${url}/`, secretKey: key, fetch: counting });
    const blocks = JSON.stringify([{ type: "paragraph", children: [{ type: "text", text: "Coge el móvil" }] }]);
    const first = await client.localize(blocks, "rich-text", "es-ES", ["es-AR"]);
    await client.localize("El ordenador", "text", "es-ES", ["es-MX"]);
    expect(JSON.parse(first.get("es-AR") ?? "null")[0].children[0].text).toMatch(/celular/);
    expect(paths).toEqual(["/oauth/token", "/api/v1/localize", "/api/v1/localize"]);
  });

  it("fails with the server's error code on a bad key", async () => {
    const client = createFrontierClient({ serverUrl: url, secretKey: "fk_live_wrong" });
    const failure = await client.localize("Hola", "text", "es-ES", ["es-MX"]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FrontierRequestError);
    expect((failure as FrontierRequestError).status).toBe(401);
  });

  it("queues a job of mixed formats and pages through its results", async () => {
    const client = createFrontierClient({ serverUrl: url, secretKey: key });
    const blocks = JSON.stringify([{ type: "paragraph", children: [{ type: "text", text: "Coge el móvil" }] }]);
    const created = await client.createJob(
      [
        { document: "doc-1", field: "rich-text:a", text: blocks, format: "rich-text" },
        { document: "doc-2", field: "text:b", text: "El ordenador", format: "text" },
      ],
      "es-ES",
      ["es-AR", "es-MX"],
      "run-mixed-formats",
    );
    expect(created).toMatchObject({ status: "queued", total: 4, items: [] });
    const { repository, models } = server.services;
    await createJobWorker({ repository, models, pollMs: 5, drainIdleMs: 50 }).drain();
    const first = await client.job(created.id, { offset: 0, limit: 3 });
    expect(first.status).toBe("succeeded");
    expect(first.counts.succeeded).toBe(4);
    expect(first.items.map((item) => [item.document, item.locale])).toEqual([
      ["doc-1", "es-AR"],
      ["doc-1", "es-MX"],
      ["doc-2", "es-AR"],
    ]);
    expect(JSON.parse(first.items[0]?.content ?? "null")[0].children[0].text).toMatch(/celular/);
    expect(first.nextOffset).toBe(3);
    const rest = await client.job(created.id, { offset: 3, limit: 3 });
    expect(rest.items[0]).toMatchObject({ document: "doc-2", field: "text:b", locale: "es-MX", status: "succeeded" });
    expect(rest.items[0]?.content).toMatch(/computadora/);
    expect(rest.nextOffset).toBeNull();
  });

  it("sends a job creation whose answer was lost again under the same key, and gets the job already created", async () => {
    const keys: (string | null)[] = [];
    let firstJobId: unknown;
    const losing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (new URL(String(input)).pathname !== "/api/v1/jobs") return response;
      keys.push(new Headers(init?.headers).get("idempotency-key"));
      if (firstJobId === undefined) {
        // The server created the job; its answer never reaches the client.
        firstJobId = ((await response.json()) as { id?: unknown }).id;
        throw new TypeError("fetch failed: connection reset");
      }
      return response;
    };
    const client = createFrontierClient({ serverUrl: url, secretKey: key, fetch: losing, sleep: async () => {} });
    const item = { document: "doc-9", field: "text:title", text: "Coge el móvil", format: "text" as const };
    const job = await client.createJob([item], "es-ES", ["es-AR"], "run-lost-answer");
    expect(keys).toEqual(["run-lost-answer", "run-lost-answer"]);
    expect(typeof firstJobId).toBe("string");
    expect(job.id).toBe(firstJobId);
  });

  it("gives up on a server that does not answer within the timeout", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((done) => silent.listen(0, "127.0.0.1", done));
    const address = silent.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const client = createFrontierClient({ serverUrl: `http://127.0.0.1:${port}`, secretKey: key, timeoutMs: 200 });
      const started = Date.now();
      const failure = await client.job("job-1", { offset: 0, limit: 1 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(FrontierRequestError);
      expect((failure as FrontierRequestError).code).toBe("timeout");
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      silent.closeAllConnections();
      await new Promise((done) => silent.close(done));
    }
  });
});
