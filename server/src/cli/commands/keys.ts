import { type Command, Option } from "commander";
import { roles } from "../../types.ts";
import type { CliIo } from "../main.ts";
import { configFromCli, failWith, usageOnInvalid } from "./server-config.ts";

/** `frontier keys create`: prints the new key alone on stdout (shown once), details on stderr. */
export function registerKeysCommand(program: Command, io: CliIo): void {
  const keys = program.command("keys").description("Manage API keys.");
  keys
    .command("create")
    .description("Create an API key for a tenant (the tenant is created when new).")
    .requiredOption("--tenant <name>", "tenant name")
    .addOption(new Option("--role <role>", "role of the key").choices(roles).makeOptionMandatory())
    .option("--publishable", "a publishable key for browsers (viewer, storefront scopes, needs --origin)")
    .option("--origin <url...>", "allowed origin(s) of a publishable key, e.g. https://shop.example")
    .option("--name <name>", "a label for the key", "created with frontier keys create")
    .option("--db <url>", "SQLite path, file:<path> or mysql://... (DATABASE_URL)")
    .action(
      async (flags: {
        tenant: string;
        role: (typeof roles)[number];
        publishable?: boolean;
        origin?: string[];
        name: string;
        db?: string;
      }) => {
        const config = configFromCli(io, flags);
        const { prepareStorage } = await import("../../server.ts");
        const { createApiKey } = await import("../../auth/key-service.ts");
        const { storage, services } = await failWith(io, "could not open the database", () => prepareStorage(config));
        try {
          const { repository } = storage;
          const tenant =
            (await repository.tenants.findByName(flags.tenant)) ?? (await repository.tenants.create(flags.tenant));
          const created = await usageOnInvalid(io, () =>
            createApiKey(repository, services.keys, tenant.id, {
              name: flags.name,
              kind: flags.publishable ? "publishable" : "secret",
              role: flags.role,
              allowedOrigins: flags.origin ?? [],
            }),
          );
          await repository.audit.append(tenant.id, {
            actorKeyId: null,
            action: "keys.create",
            targetType: "api_key",
            targetId: created.key.id,
            data: { role: created.key.role, kind: created.key.kind, via: "cli" },
          });
          io.stderr(
            `Created ${created.key.kind} key ${created.key.id} (${created.key.role}) for tenant ${tenant.name}. ` +
              "It is shown once:\n",
          );
          io.stdout(`${created.plaintext}\n`);
        } finally {
          await storage.repository.close();
        }
      },
    );
}
