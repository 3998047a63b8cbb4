import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
});
