/** Admin RBAC actions the plugin registers (Settings › Roles › Plugins › Frontier). */
export const ACTIONS = {
  localize: "plugin::frontier.localize",
  generate: "plugin::frontier.generate",
  settings: "plugin::frontier.settings",
} as const;

export const actionDefinitions = [
  { section: "plugins", displayName: "Localize entries", uid: "localize", pluginName: "frontier" },
  { section: "plugins", displayName: "Generate copy", uid: "generate", pluginName: "frontier" },
  { section: "plugins", displayName: "Manage settings", uid: "settings", pluginName: "frontier" },
];
