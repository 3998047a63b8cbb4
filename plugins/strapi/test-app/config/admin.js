module.exports = () => ({
  auth: { secret: "frontier-test-admin-jwt-secret" },
  apiToken: { salt: "frontier-test-api-token-salt" },
  transfer: { token: { salt: "frontier-test-transfer-salt" } },
  secrets: { encryptionKey: "frontier-test-encryption-key-0123456789" },
  // Nothing reaches the internet from the test app: no surveys, no EE promotion, no browser auto-open.
  flags: { nps: false, promoteEE: false },
  autoOpen: false,
});
