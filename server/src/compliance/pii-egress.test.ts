import {
  type FakeProviderServer,
  type RecordedRequest,
  startFakeAnthropic,
  startFakeOpenAI,
} from "@frontier-ai/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createModels } from "../models.ts";
import { bearer, createTestServer, type TestServer } from "../testing/harness.ts";

// Valid identifiers from the reference's test vectors (python-stdnum and validator.js, via core's fixture), and
// e-mails and phones in several formats: none may reach a third-party model; every one must come back in the copy.
const identifiers = {
  cpf: ["390.533.447-05", "35161990910"],
  rut: ["12.531.909-2", "10626628-K"],
  curp: ["HEGG560427MVZRRL04"],
  email: ["ana.souza@loja.example", "ventas@tienda.example"],
  phone: ["+55 11 91234-5678", "+56 9 6123 4567", "+52 55 1234 5678"],
};
const all = Object.values(identifiers).flat();
// A phone's national digits must not travel in another format either.
const phoneDigits = ["11912345678", "961234567", "5512345678"];

const copy =
  `Clienta Ana (CPF ${identifiers.cpf[0]}, otro CPF ${identifiers.cpf[1]}) escribió desde ${identifiers.email[0]}. ` +
  `En Chile, RUT ${identifiers.rut[0]} y ${identifiers.rut[1]}; en México, CURP ${identifiers.curp[0]}. ` +
  `Llamen al ${identifiers.phone[0]}, al ${identifiers.phone[1]} o al ${identifiers.phone[2]}, ` +
  `o escriban a ${identifiers.email[1]}. Ordenador con envío gratis.`;

/** The last user message's text, in either provider's wire format. */
function userText(request: RecordedRequest): string {
  const body = request.body as { messages?: { role: string; content: unknown }[] };
  const content = body.messages?.filter((message) => message.role === "user").at(-1)?.content;
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((block) => (typeof block?.text === "string" ? block.text : "")).join("");
  }
  return "";
}

/** Echoes segments as they came (tokens included) and writes copy that repeats every token of a prompt. */
function respond(request: RecordedRequest) {
  const text = userText(request);
  const sent = JSON.parse(text.slice(text.indexOf("{"))) as { segments?: { id: string; text: string }[] };
  if (sent.segments) return { object: { segments: sent.segments.map(({ id, text }) => ({ id, text })), changes: [] } };
  const tokens = [...new Set(text.match(/⟦[A-Z_]+_\d+⟧/g) ?? [])];
  return { object: { content: `Datos de contacto: ${tokens.join(", ")}. Comprá hoy.`, adaptations: [] } };
}

describe("personal data never reaches a third-party model (openai, anthropic, compatible)", () => {
  let openai: FakeProviderServer;
  let anthropic: FakeProviderServer;
  let compatible: FakeProviderServer;
  let server: TestServer;
  let key: string;

  beforeAll(async () => {
    [openai, anthropic, compatible] = await Promise.all([
      startFakeOpenAI({ respond }),
      startFakeAnthropic({ respond }),
      startFakeOpenAI({ respond }),
    ]);
    const models = createModels({
      OPENAI_API_KEY: "test",
      OPENAI_BASE_URL: openai.url,
      ANTHROPIC_API_KEY: "test",
      ANTHROPIC_BASE_URL: anthropic.url,
      FRONTIER_COMPATIBLE_BASE_URL: compatible.url,
    });
    server = await createTestServer({}, { models });
    key = (await server.key("pii", "editor")).plaintext;
  });
  afterAll(async () => {
    await server.close();
    await Promise.all([openai.close(), anthropic.close(), compatible.close()]);
  });

  const fakes = () => ({ openai, anthropic, compatible });

  it.each(["openai", "anthropic", "compatible"] as const)("localize and generate through %s", async (provider) => {
    const fake = fakes()[provider];
    const before = fake.requests.length;

    const localized = await server.app.inject({
      method: "POST",
      url: "/api/v1/localize",
      headers: bearer(key),
      payload: { content: copy, format: "text", source_locale: "es-ES", target_locales: ["es-AR", "es-CL"], provider },
    });
    expect(localized.statusCode, localized.body).toBe(200);
    const results = (localized.json() as { results: { content: string }[] }).results;
    expect(results).toHaveLength(2);
    for (const result of results) for (const value of all) expect(result.content).toContain(value);

    const generated = await server.app.inject({
      method: "POST",
      url: "/api/v1/generate-content",
      headers: bearer(key),
      payload: {
        prompt: `Respuesta a un cliente: ${copy}`,
        content_type: "email_body",
        target_country: "AR",
        length: "short",
        provider,
      },
    });
    expect(generated.statusCode, generated.body).toBe(200);
    const content = (generated.json() as { content: string }).content;
    for (const value of all) expect(content).toContain(value);

    const bodies = fake.requests.slice(before).map((request) => JSON.stringify(request.body));
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    for (const body of bodies) {
      for (const value of [...all, ...phoneDigits]) expect(body).not.toContain(value);
      expect(body).toMatch(/⟦(CPF|RUT|CURP|EMAIL|PHONE)_\d+⟧/);
    }
  });
});
