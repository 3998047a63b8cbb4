module.exports = ({ env }) => ({
  host: "127.0.0.1",
  port: env.int("PORT", 1337),
  app: { keys: ["frontier-test-key-a", "frontier-test-key-b"] },
  // No update check against the registry at startup.
  logger: { updates: { enabled: false }, startup: { enabled: false } },
});
