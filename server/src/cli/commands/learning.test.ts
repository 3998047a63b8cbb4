import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openAiChatFineTuningLine, shareGptLine } from "@frontier-ai/core/learning";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseTarget } from "../../config.ts";
import { openStorage } from "../../db/open.ts";
import { captureIo } from "../capture-io.ts";
import { ExitCode, main } from "../main.ts";

const customers = ["ana.perez@example.com", "bruno.diaz@example.com.ar", "carla.souza@example.com.br"];

describe("frontier learning export", () => {
  let directory: string;
  let db: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "frontier-learning-"));
    db = join(directory, "frontier.db");
    const storage = await openStorage(parseDatabaseTarget(db));
    await storage.migrate();
    const tenant = await storage.repository.tenants.create("acme");
    for (let index = 0; index < 60; index += 1) {
      const email = customers[index % customers.length] ?? "";
      const generated = `Auriculares ${index % 30} con envío gratis. Consultas: ${email}`;
      await storage.repository.learning.addEdits(tenant.id, [
        {
          // Every content id appears twice (two markets): the split must keep both on one side.
          contentId: `product-${index % 30}`,
          locale: index < 30 ? "es-AR" : "es-MX",
          segmentIndex: 0,
          kind: "localize",
          prompt: `Localiza: Auriculares ${index % 30}. Cliente ${email}`,
          generated,
          final: index % 3 === 0 ? generated.replace("gratis", "sin cargo") : generated,
          operations: [],
          edited: index % 3 === 0,
        },
      ]);
    }
    await storage.repository.close();
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("writes valid JSONL with no personal data, split by content id, and prints the data card", async () => {
    const out = join(directory, "dataset");
    const { io, stdout } = captureIo();
    const code = await main(
      ["learning", "export", "--tenant", "acme", "--out", out, "--validation", "0.3", "--db", db],
      io,
    );
    expect(code).toBe(ExitCode.ok);
    const card = JSON.parse(stdout());
    expect(card.counts).toMatchObject({ input: 60, duplicatesRemoved: 0, edited: 20, accepted: 40 });
    expect(card.markets).toEqual({ "es-AR": 30, "es-MX": 30 });

    const read = async (name: string) => (await readFile(join(out, name), "utf8")).split("\n").filter(Boolean);
    const train = await read("openai-train.jsonl");
    const validation = await read("openai-validation.jsonl");
    expect(train.length + validation.length).toBe(60);
    expect(validation.length).toBeGreaterThan(0);
    const idsOf = (lines: string[]) =>
      new Set(
        lines.map((line) => {
          const parsed = openAiChatFineTuningLine.parse(JSON.parse(line));
          return /Auriculares (\d+)\./.exec(parsed.messages[1]?.content ?? "")?.[1];
        }),
      );
    const trainIds = idsOf(train);
    for (const id of idsOf(validation)) expect(trainIds.has(id)).toBe(false);
    for (const line of [...(await read("chat-train.jsonl")), ...(await read("chat-validation.jsonl"))]) {
      expect(shareGptLine.safeParse(JSON.parse(line)).success).toBe(true);
    }
    const everything = [...train, ...validation].join("\n");
    for (const email of customers) expect(everything).not.toContain(email);
    expect(JSON.parse(await readFile(join(out, "data-card.json"), "utf8"))).toEqual(card);
  });

  it("names the flag on a bad value and exits 2", async () => {
    const { io, stderr } = captureIo();
    expect(
      await main(["learning", "export", "--tenant", "acme", "--out", directory, "--validation", "2", "--db", db], io),
    ).toBe(ExitCode.usage);
    expect(stderr()).toContain("--validation");
  });
});
