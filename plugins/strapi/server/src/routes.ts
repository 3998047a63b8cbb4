import { ACTIONS } from "./permissions.ts";

const allowed = (action: string) => ({
  policies: [{ name: "admin::hasPermissions", config: { actions: [action] } }],
});

// Admin routes: served under /frontier, reachable only with an admin session holding the named permission.
export default {
  admin: {
    type: "admin",
    routes: [
      { method: "GET", path: "/settings", handler: "frontier.getSettings", config: allowed(ACTIONS.settings) },
      { method: "PUT", path: "/settings", handler: "frontier.updateSettings", config: allowed(ACTIONS.settings) },
      { method: "GET", path: "/content-types", handler: "frontier.contentTypes", config: allowed(ACTIONS.localize) },
      { method: "POST", path: "/localize", handler: "frontier.localize", config: allowed(ACTIONS.localize) },
      { method: "POST", path: "/bulk-localize", handler: "frontier.bulkLocalize", config: allowed(ACTIONS.localize) },
      { method: "GET", path: "/jobs/:id", handler: "frontier.job", config: allowed(ACTIONS.localize) },
      { method: "POST", path: "/generate", handler: "frontier.generate", config: allowed(ACTIONS.generate) },
    ],
  },
};
