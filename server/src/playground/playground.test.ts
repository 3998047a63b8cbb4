import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../testing/harness.ts";
import { elementsPath } from "./playground.ts";

const bundle = 'customElements.define("frontier-test", class extends HTMLElement {});\n';

async function session(server: TestServer): Promise<Record<string, unknown>> {
  const answer = await server.app.inject({ method: "POST", url: "/playground/session", remoteAddress: "127.0.0.1" });
  expect(answer.statusCode).toBe(200);
  return answer.json();
}

describe("the playground's web components bundle", { timeout: 60_000 }, () => {
  let directory: string;
  let file: string;
  let server: TestServer;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "frontier-elements-"));
    file = join(directory, "frontier.js");
    await writeFile(file, bundle);
    await writeFile(join(directory, "secret.txt"), "not for the browser");
    server = await createTestServer({ FRONTIER_PLAYGROUND_ELEMENTS: file });
  });
  afterAll(async () => {
    await server?.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("serves the configured file as JavaScript, revalidated by ETag, and names it in the session", async () => {
    expect((await session(server)).elements).toBe(elementsPath);
    const first = await server.app.inject({ method: "GET", url: elementsPath });
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe(bundle);
    expect(first.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect(first.headers["x-content-type-options"]).toBe("nosniff");
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    const again = await server.app.inject({ method: "GET", url: elementsPath, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    // A rebuilt bundle is a new ETag: the browser gets it on its next load.
    await writeFile(file, `${bundle}// rebuilt\n`);
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const rebuilt = await server.app.inject({ method: "GET", url: elementsPath, headers: { "if-none-match": etag } });
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.body).toContain("rebuilt");
  });

  it("reaches no other file, whatever the path asks for", async () => {
    for (const url of [
      `${elementsPath}/../secret.txt`,
      "/playground/secret.txt",
      "/playground/..%2Fsecret.txt",
      `/playground/${encodeURIComponent(file)}`,
      `${elementsPath}?file=secret.txt`,
    ]) {
      const answer = await server.app.inject({ method: "GET", url });
      expect(answer.body, url).not.toContain("not for the browser");
    }
  });

  it("answers 404 when the file goes away, and the page itself still loads", async () => {
    await rm(file);
    const missing = await server.app.inject({ method: "GET", url: elementsPath });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/FRONTIER_PLAYGROUND_ELEMENTS/);
    const page = await server.app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("/playground/playground.js");
  });
});

describe("the playground without a bundle", { timeout: 60_000 }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server?.close());

  it("names no bundle in the session and answers 404 for it, while the page and its script load", async () => {
    expect((await session(server)).elements).toBeNull();
    expect((await server.app.inject({ method: "GET", url: elementsPath })).statusCode).toBe(404);
    for (const url of ["/", "/playground/playground.js", "/playground/playground.css"]) {
      expect((await server.app.inject({ method: "GET", url })).statusCode, url).toBe(200);
    }
  });

  it("gives the session a token that may generate copy, as <frontier-copy-generator> does", async () => {
    const { token } = await session(server);
    const generated = await server.app.inject({
      method: "POST",
      url: "/api/v1/generate-content",
      headers: { authorization: `Bearer ${String(token)}` },
      payload: {
        prompt: "Zapatillas para correr",
        content_type: "product_description",
        target_country: "es-MX",
        target_industry: "sports",
        tone: "friendly",
        length: "short",
      },
    });
    expect(generated.statusCode).toBe(200);
    expect(generated.json().content.length).toBeGreaterThan(0);
  });
});
