import type { Command } from "commander";
import type { CliIo } from "../main.ts";
import { configFromCli, failWith } from "./server-config.ts";

/** `frontier start`: migrates, listens, prints the URL (and the first owner key once), runs until SIGINT/SIGTERM. */
export function registerStartCommand(program: Command, io: CliIo): void {
  program
    .command("start")
    .description("Start the server (SQLite in ./data by default); --port 0 picks a free port.")
    .option("--port <port>", "port to listen on (PORT, default 8787)")
    .option("--host <host>", "address to bind (HOST, default 127.0.0.1)")
    .option("--db <url>", "SQLite path, file:<path> or mysql://... (DATABASE_URL, default file:./data/frontier.db)")
    .action(async (flags: { port?: string; host?: string; db?: string }) => {
      const config = configFromCli(io, flags);
      // Loaded here, not at the top, so `frontier --help` and the other commands start fast.
      const { prepareServer } = await import("../../server.ts");
      const server = await failWith(io, "could not open the database", () =>
        prepareServer(config, { logStream: { write: (line) => io.stdout(line) }, environment: io.env }),
      );
      const stopped = new Promise<string>((resolve) => {
        process.once("SIGINT", () => resolve("SIGINT"));
        process.once("SIGTERM", () => resolve("SIGTERM"));
      });
      await failWith(io, `could not listen on ${config.host}:${config.port}`, async () => {
        try {
          await server.app.listen({ port: config.port, host: config.host });
        } catch (error) {
          await server.close();
          throw error;
        }
      });
      const { backgroundSettings, startBackgroundWork } = await import("../../jobs/background.ts");
      const settings = await failWith(io, "bad configuration", async () => backgroundSettings(io.env));
      const background = startBackgroundWork(server.services, settings);
      const address = server.app.server.address();
      const port = typeof address === "object" && address !== null ? address.port : config.port;
      const host = config.host.includes(":") ? `[${config.host}]` : config.host;
      io.stdout(`Frontier is listening on http://${host}:${port} (open it in a browser for the playground)\n`);
      if (server.firstOwnerKey !== null) {
        io.stdout(
          `Owner key for the "default" tenant (shown once; store it now):\n  ${server.firstOwnerKey}\n` +
            `Use it as: Authorization: Bearer <key>\n`,
        );
      }
      const signal = await stopped;
      io.stdout(`Received ${signal}; closing.\n`);
      await background.stop();
      await server.close();
    });
}
