import { parseAppConfig } from "./config.server.ts";
import { openAppDatabase } from "./db.server.ts";
import { createFrontierClient } from "./frontier/client.server.ts";

/** Parsed once when the server starts: a bad configuration stops the app before it serves anything. */
export const appConfig = parseAppConfig(process.env);
export const appDatabase = openAppDatabase(appConfig.appDatabasePath);
export const frontier = createFrontierClient({
  serverUrl: appConfig.frontierServerUrl,
  secretKey: appConfig.frontierSecretKey,
});
