// Custom Elements Manifest from the elements' JSDoc (@summary, @csspart, @cssproperty, @event, @slot):
// Storybook reads it for controls and docs. Generated, not committed: `pnpm run analyze`.

/**
 * The analyzer reads `static properties` literally: internal state (`state: true`, private fields)
 * would show up as attributes, and `dispatchEvent(new X())` as events named after variables. Keep
 * only public attributes and the documented `frontier-*` events.
 */
function publicApiOnly() {
  return {
    name: "frontier-public-api-only",
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const members = declaration.members ?? [];
          const isPrivate = (name) => members.some((member) => member.name === name && member.privacy === "private");
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !isPrivate(attribute.fieldName),
          );
          declaration.members = members.filter((member) => member.privacy !== "private");
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith("frontier-"));
        }
      }
    },
  };
}

export default {
  globs: ["src/**/*.ts"],
  exclude: ["src/**/*.test.ts"],
  outdir: ".",
  litelement: true,
  packagejson: false,
  plugins: [publicApiOnly()],
};
